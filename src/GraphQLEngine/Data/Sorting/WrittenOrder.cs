using GraphQL;
using GraphQLParser.AST;

namespace Wuzhong.GraphQLEngine.Data.Sorting;

/// <summary>
/// The keys of each <c>order</c> object in the order the client wrote them. GraphQL.NET coerces an input object into
/// a dictionary in its type's field order, so <c>{ text: ASC, number: DESC }</c> would sort by number first; the
/// written order is read back from the document (a literal) or from the request's variables as sent (JSON keys keep
/// their order), which the transport puts in the user context under <see cref="RawVariablesKey"/>.
/// </summary>
public static class WrittenOrder
{
    public const string RawVariablesKey = "wuzhong.rawVariables";

    /// <summary>The coerced <paramref name="argument"/> (a list of sort objects), each object's keys as written.</summary>
    public static List<object?>? Of(IResolveFieldContext context, string argument)
    {
        var coerced = context.GetArgument<List<object?>?>(argument);
        var written = context.FieldAst.Arguments?.FirstOrDefault(a => a.Name.StringValue == argument)?.Value;
        if (coerced is null || written is null)
        {
            return coerced;
        }
        var raw = Raw(context, written);
        return [.. coerced.Select((item, i) => Reorder(item, ItemOf(raw, i, coerced.Count)))];
    }

    /// <summary>The written value: a literal as the document has it, a variable as the request sent it (null when unknown).</summary>
    private static object? Raw(IResolveFieldContext context, GraphQLValue value) => value switch
    {
        GraphQLVariable variable => context.UserContext.TryGetValue(RawVariablesKey, out var sent) && sent is Inputs inputs
            && inputs.TryGetValue(variable.Name.StringValue, out var raw) ? raw : null,
        _ => value,
    };

    /// <summary>The i-th item of a written list; a single object stands for a list of one (input coercion).</summary>
    private static object? ItemOf(object? raw, int index, int count) => raw switch
    {
        GraphQLListValue list => list.Values is { } values && index < values.Count ? values[index] : null,
        IList<object?> list => index < list.Count ? list[index] : null,
        GraphQLObjectValue or IDictionary<string, object?> when count == 1 && index == 0 => raw,
        _ => null,
    };

    private static object? Reorder(object? coerced, object? written)
    {
        if (coerced is not IDictionary<string, object?> fields)
        {
            return coerced;
        }
        var names = written switch
        {
            GraphQLObjectValue literal => literal.Fields?.Select(f => (Name: f.Name.StringValue, Value: (object?)f.Value)).ToList(),
            IDictionary<string, object?> sent => sent.Select(pair => (Name: pair.Key, Value: pair.Value)).ToList(),
            _ => null,
        };
        if (names is null)
        {
            return coerced;
        }
        var ordered = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in names)
        {
            if (fields.TryGetValue(name, out var field) && !ordered.ContainsKey(name))
            {
                ordered[name] = Reorder(field, value);
            }
        }
        // Anything the written form did not name (a default value) keeps its place after the written keys.
        foreach (var (name, value) in fields)
        {
            ordered.TryAdd(name, value);
        }
        return ordered;
    }
}
