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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Add(new SortEnumGraphType());
        while (pending.Count > 0)
        {
            var entity = pending.Dequeue();
            if (!seen.Add(entity.Name))
            {
                continue;
            }
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
                        Add(new ListFilterInputType(field.Target!().Name));
                        pending.Enqueue(field.Target!());
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
