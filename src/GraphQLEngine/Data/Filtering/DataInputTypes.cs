using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data.Sorting;

namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>Every where/order input type the descriptions call for, each once.</summary>
public static class DataInputTypes
{
    public static IEnumerable<IGraphType> For(IEnumerable<IEntityDeclaration> entities)
    {
        var types = new Dictionary<string, IGraphType>(StringComparer.Ordinal);
        void Add(IGraphType type) => types.TryAdd(type.Name, type);

        var pending = new Queue<IEntityDeclaration>(entities);
        var seen = new Dictionary<string, IEntityDeclaration>(StringComparer.Ordinal);
        Add(new SortEnumGraphType());
        while (pending.Count > 0)
        {
            var entity = pending.Dequeue();
            if (seen.TryGetValue(entity.Name, out var known))
            {
                // Two declarations may share input types (a group's measures and a list's) only if they declare the same fields.
                if (known != entity && !known.Fields.Select(f => f.Name).SequenceEqual(entity.Fields.Select(f => f.Name)))
                {
                    throw new InvalidOperationException($"Two declarations named {entity.Name} declare different fields");
                }
                // Their order inputs may differ in name (WorkTaskAggregateGroupSortInput, WorkTaskAggregatesSortInput).
                Add(new EntitySortInputType(entity));
                continue;
            }
            seen.Add(entity.Name, entity);
            Add(new EntityFilterInputType(entity));
            Add(new EntitySortInputType(entity));
            foreach (var field in entity.Fields.Where(f => f.Filterable))
            {
                switch (field.Kind)
                {
                    case FieldKind.Scalar when field.ValueType == typeof(List<string>):
                        Add(new OperationFilterInputType(typeof(string)));
                        Add(new ListStringOperationFilterInputType());
                        break;
                    case FieldKind.Scalar:
                        Add(new OperationFilterInputType(field.ValueType, field.TypeName));
                        break;
                    case FieldKind.List:
                        Add(new ListFilterInputType(field.Target!()));
                        pending.Enqueue(field.Target!());
                        if (field.Target!().Measures is { } measures)
                        {
                            pending.Enqueue(measures);
                        }
                        break;
                    default:
                        pending.Enqueue(field.Target!());
                        break;
                }
            }
        }
        return types.Values;
    }
}
