using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.GraphQLEngine.Data.Sorting;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// The arguments every connection takes, as HotChocolate's [UseFiltering] [UseSorting] [UsePaging] give them:
/// <c>where</c>, <c>order</c> and the Relay paging arguments; and what they mean for one request.
/// </summary>
public static class DataArguments
{
    public static FieldBuilder<TSource, TReturn> WithDataArguments<TSource, TReturn, T>(this FieldBuilder<TSource, TReturn> field, EntityDeclaration<T> entity)
        where T : class =>
        field
            .Argument(new GraphQLTypeReference(FilterTypeNames.Filter(entity.Name)), "where",
                a => a.Description = $"Only the {entity.Name} nodes that match this filter.")
            .Argument(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(FilterTypeNames.Sort(entity.SortName)))), "order",
                a => a.Description = "The order of the nodes: keys in list order; the id breaks ties, so pages are stable.")
            .WithPaging(context => ValidateWhere(context, entity));

    /// <summary>A <c>where</c> on a list field that has no paging (a task's departments), validated as a connection's is.</summary>
    public static FieldBuilder<TSource, TReturn> WithWhere<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, IEntityDeclaration entity,
        string description) =>
        field
            .Argument(new GraphQLTypeReference(FilterTypeNames.Filter(entity.Name)), "where", a => a.Description = description)
            .ValidateArguments(context => ValidateWhere(context, entity));

    /// <summary>The filter, ordering and page a connection field asks for; a cursor of another order is refused here.</summary>
    public static DataRequest<T> Read<T>(IResolveFieldContext context, EntityDeclaration<T> entity)
        where T : class
    {
        var request = new DataRequest<T>(
            FilterExpressionBuilder.Build(entity, context.GetArgument<Dictionary<string, object?>?>("where"), context.RequestServices),
            SortKeyBuilder.Build(entity, WrittenOrder.Of(context, "order"), services: context.RequestServices),
            PagingArguments.Read(context));
        KeysetPaging.CheckCursors(request.Order, request.Page);
        return request;
    }

    private static void ValidateWhere(FieldArgumentsValidationContext context, IEntityDeclaration entity)
    {
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        foreach (var problem in FilterValidation.Problems(where, $"{context.FieldDefinition.Name}.where",
            context.RequestServices?.GetService<IFilterValueRules>(), entity))
        {
            PagingArguments.Report(context, ErrorCodes.InvalidFilter, problem);
        }
        if (context.FieldDefinition.Arguments?.Find("order") is not null)
        {
            var index = 0;
            foreach (var item in context.GetArgument<object?[]?>("order") ?? [])
            {
                foreach (var problem in NullDirections(item, $"{context.FieldDefinition.Name}.order[{index++}]"))
                {
                    PagingArguments.Report(context, ErrorCodes.InvalidSort, problem);
                }
            }
        }
    }

    /// <summary>A sort key given null (<c>{ number: null }</c>) orders by nothing: refused, as HotChocolate refuses it.</summary>
    private static IEnumerable<string> NullDirections(object? item, string path)
    {
        foreach (var (name, value) in item as IDictionary<string, object?> ?? new Dictionary<string, object?>())
        {
            if (value is null)
            {
                yield return $"{path}.{name}: null is not a direction; give ASC or DESC, or leave the key out.";
            }
            foreach (var problem in NullDirections(value, $"{path}.{name}"))
            {
                yield return problem;
            }
        }
    }
}
