using System.Collections;
using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>
/// Turns a parsed <c>where</c> argument into one LINQ predicate that EF translates to SQL: nothing is filtered in
/// memory. Fields of one object must all hold (AND); <c>and</c>/<c>or</c> combine objects; lists use
/// some/all/none/any; <c>eq: null</c> matches a missing value, as in HotChocolate. As HotChocolate reads them, an
/// empty branch of <c>and</c>/<c>or</c> (<c>{}</c>) is dropped and an empty <c>or: []</c> asks nothing; <c>in: []</c>
/// matches nothing and <c>nin: []</c> everything. Nulls that cannot match are refused before this runs (FilterValidation).
/// </summary>
public static class FilterExpressionBuilder
{
    /// <param name="services">The request's services, for fields whose value depends on the request (FieldDeclaration.Read).</param>
    public static Expression<Func<T, bool>>? Build<T>(EntityDeclaration<T> entity, IDictionary<string, object?>? where, IServiceProvider? services = null)
        where T : class
    {
        if (where is null || where.Count == 0)
        {
            return null;
        }
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Object(entity, row, where, services), row);
    }

    private static Expression Object(IEntityDeclaration entity, Expression target, IDictionary<string, object?> where, IServiceProvider? services)
    {
        var terms = new List<Expression>();
        foreach (var (name, value) in where)
        {
            if (value is null && name is "and" or "or")
            {
                continue;
            }
            switch (name)
            {
                case "and":
                    terms.Add(AllOf(Branches(value).Select(item => Object(entity, target, item, services))));
                    continue;
                case "or" when Branches(value).Any():
                    terms.Add(AnyOf(Branches(value).Select(item => Object(entity, target, item, services))));
                    continue;
                case "or":
                    continue;
            }

            var field = entity.Field(name) ?? throw new InvalidOperationException($"{entity.Name} has no filter field {name}");
            var selected = field.Read(target, services);
            if (value is null)
            {
                // { group: null } asks for a missing related entity; a null operator object asks nothing.
                if (field.Kind == FieldKind.Object)
                {
                    terms.Add(Expression.Equal(selected, Expression.Constant(null, selected.Type)));
                }
                continue;
            }
            terms.Add(field.Kind switch
            {
                FieldKind.Scalar when field.ValueType == typeof(List<string>) => List(selected, typeof(string), null, Map(value), services),
                FieldKind.Scalar => Operations(selected, Map(value)),
                FieldKind.Object => Object(field.Target!(), selected, Map(value), services),
                _ => List(selected, field.ValueType, field.Target!(), Map(value), services),
            });
        }
        return AllOf(terms);
    }

    /// <summary>some/all/none/any over a list of entities (element filter) or of strings (string operators).</summary>
    private static Expression List(Expression list, Type elementType, IEntityDeclaration? element, IDictionary<string, object?> where, IServiceProvider? services)
    {
        var terms = new List<Expression>();
        foreach (var (name, value) in where)
        {
            if (value is null)
            {
                continue;
            }
            if (name == "aggregates")
            {
                terms.Add(Object(element!.Measures!, list, Map(value), services));
                continue;
            }
            if (name == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list);
                terms.Add((bool)value ? any : Expression.Not(any));
                continue;
            }
            var item = Expression.Parameter(elementType, "item");
            var body = element is null ? Operations(item, Map(value)) : Object(element, item, Map(value), services);
            var predicate = Expression.Lambda(body, item);
            terms.Add(name switch
            {
                "some" => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list, predicate),
                "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [elementType], list, predicate),
                "none" => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list, predicate)),
                _ => throw new InvalidOperationException($"unknown list operator {name}"),
            });
        }
        return AllOf(terms);
    }

    private static Expression Operations(Expression value, IDictionary<string, object?> operations)
    {
        var terms = new List<Expression>();
        foreach (var (name, operand) in operations)
        {
            switch (name)
            {
                case "and":
                    terms.Add(AllOf(Branches(operand).Select(item => Operations(value, item))));
                    continue;
                case "or" when Branches(operand).Any():
                    terms.Add(AnyOf(Branches(operand).Select(item => Operations(value, item))));
                    continue;
                case "or":
                    continue;
            }
            var op = Operators.Named(name) ?? throw new InvalidOperationException($"unknown operator {name}");
            if (operand is null && op.NeedsValue)
            {
                // Rejected while validating; a null here would mean "no condition".
                continue;
            }
            terms.Add(op.Build(value, operand));
        }
        return AllOf(terms);
    }

    private static IDictionary<string, object?> Map(object? value) =>
        value as IDictionary<string, object?> ?? throw new InvalidOperationException("a filter must be an input object");

    private static IEnumerable<object?> Items(object? value) => value is IEnumerable items and not string ? items.Cast<object?>() : [];

    /// <summary>The branches of an <c>and</c>/<c>or</c> that ask something: an empty object is dropped, as HotChocolate drops it.</summary>
    private static IEnumerable<IDictionary<string, object?>> Branches(object? value) => Items(value).Select(Map).Where(branch => branch.Count > 0);

    private static Expression AllOf(IEnumerable<Expression> terms) => Balanced(terms.ToList(), Expression.AndAlso) ?? Expression.Constant(true);

    /// <summary>At least one of the terms (never called without one: an empty <c>or</c> is left out).</summary>
    private static Expression AnyOf(IEnumerable<Expression> terms) => Balanced(terms.ToList(), Expression.OrElse) ?? Expression.Constant(false);

    /// <summary>
    /// Terms joined as a balanced tree: a long <c>or</c> list is log₂(n) deep rather than n deep, so neither this
    /// process's expression visitors (EF's among them) nor the database's parser recurse once per term.
    /// </summary>
    private static Expression? Balanced(IReadOnlyList<Expression> terms, Func<Expression, Expression, Expression> join) => terms.Count switch
    {
        0 => null,
        1 => terms[0],
        _ => join(Balanced(terms.Take(terms.Count / 2).ToList(), join)!, Balanced(terms.Skip(terms.Count / 2).ToList(), join)!),
    };
}
