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
            .WithPaging(ValidateWhere);

    /// <summary>A <c>where</c> on a list field that has no paging (a task's departments), validated as a connection's is.</summary>
    public static FieldBuilder<TSource, TReturn> WithWhere<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, IEntityDeclaration entity,
        string description) =>
        field
            .Argument(new GraphQLTypeReference(FilterTypeNames.Filter(entity.Name)), "where", a => a.Description = description)
            .ValidateArguments(ValidateWhere);

    /// <summary>The filter, ordering and page a connection field asks for; a cursor of another order is refused here.</summary>
    public static DataRequest<T> Read<T>(IResolveFieldContext context, EntityDeclaration<T> entity)
        where T : class
    {
        var request = new DataRequest<T>(
            FilterExpressionBuilder.Build(entity, context.GetArgument<Dictionary<string, object?>?>("where"), context.RequestServices),
            SortKeyBuilder.Build(entity, context.GetArgument<List<object?>?>("order"), services: context.RequestServices),
            PagingArguments.Read(context));
        KeysetPaging.CheckCursors(request.Order, request.Page);
        return request;
    }

    private static void ValidateWhere(FieldArgumentsValidationContext context)
    {
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        foreach (var problem in FilterValidation.Problems(where, $"{context.FieldDefinition.Name}.where",
            context.RequestServices?.GetService<IFilterValueRules>()))
        {
            PagingArguments.Report(context, ErrorCodes.InvalidFilter, problem);
        }
    }
}
