using GraphQL;
using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data.Filtering;

namespace Wuzhong.GraphQLEngine.Data.Sorting;

/// <summary>The <c>order</c> input of an entity, generated from its description, e.g. WorkTaskSortInput.</summary>
// Made by DataInputTypes from the entity descriptions, not by the container.
[DoNotRegister]
public sealed class EntitySortInputType : InputObjectGraphType
{
    public EntitySortInputType(IEntityDeclaration entity)
    {
        Name = FilterTypeNames.Sort(entity.SortName);
        Description = $"Sorts {entity.Name}: the keys of one object apply in the order written, then the next object's.";
        foreach (var field in entity.Fields.Where(f => f.Sortable || MeasuresOf(f) is not null))
        {
            var type = MeasuresOf(field) is { } measures ? FilterTypeNames.Sort(measures.SortName)
                : field.Kind == FieldKind.Object ? FilterTypeNames.Sort(field.Target!().SortName)
                : FilterTypeNames.SortEnum;
            Field(field.Name, new GraphQLTypeReference(type)).Description(field.Description);
        }
    }

    /// <summary>A list of an entity with measures sorts its parent by them (a department by its tasks' overdueCount).</summary>
    internal static IEntityDeclaration? MeasuresOf(FieldDeclaration field) => field.Kind == FieldKind.List ? field.Target?.Invoke().Measures : null;
}
