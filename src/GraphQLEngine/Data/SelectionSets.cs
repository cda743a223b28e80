using GraphQL;
using GraphQLParser.AST;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>Reads which fields a connection's nodes are asked for, through nodes and edges.node, fragments included.</summary>
public static class SelectionSets
{
    public static HashSet<string> NodeFields(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields(context.Document, context.FieldAst.SelectionSet))
        {
            switch (field.Name.StringValue)
            {
                case "nodes":
                    names.UnionWith(Fields(context.Document, field.SelectionSet).Select(f => f.Name.StringValue));
                    break;
                case "edges":
                    foreach (var node in Fields(context.Document, field.SelectionSet).Where(f => f.Name.StringValue == "node"))
                    {
                        names.UnionWith(Fields(context.Document, node.SelectionSet).Select(f => f.Name.StringValue));
                    }
                    break;
            }
        }
        return names;
    }

    /// <summary>
    /// The names of the fields selected at <paramref name="path"/> below the current field: no path, its own
    /// sub-fields; <c>["department"]</c>, the fields of its <c>department</c> sub-field (every occurrence, fragments included).
    /// </summary>
    public static HashSet<string> FieldsAt(IResolveFieldContext context, params string[] path) => FieldsAt(context.Document, context.FieldAst, path);

    /// <inheritdoc cref="FieldsAt(IResolveFieldContext, string[])"/>
    /// <remarks>For work deferred to a batch: resolver contexts are reused once the resolver returns, a field's AST is not.</remarks>
    public static HashSet<string> FieldsAt(GraphQLDocument document, GraphQLField field, params string[] path)
    {
        IEnumerable<GraphQLField> level = [field];
        foreach (var step in path)
        {
            level = level.SelectMany(f => Fields(document, f.SelectionSet)).Where(f => f.Name.StringValue == step).ToList();
        }
        return level.SelectMany(f => Fields(document, f.SelectionSet)).Select(f => f.Name.StringValue).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The union of <see cref="FieldsAt(GraphQLDocument, GraphQLField, string[])"/> over every field named
    /// <paramref name="fieldName"/> anywhere in the document: what one batch serving all of them must read.
    /// </summary>
    public static HashSet<string> FieldsAtEvery(GraphQLDocument document, string fieldName, params string[] path)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in EveryField(document).Where(f => f.Name.StringValue == fieldName))
        {
            fields.UnionWith(FieldsAt(document, field, path));
        }
        return fields;
    }

    /// <summary>
    /// Every field written in the document, in operations and fragment definitions alike, each once (spreads are not
    /// followed: the fragment's own fields are counted where it is defined). Walked with a stack, not recursion, so a
    /// hostile depth costs no call stack.
    /// </summary>
    public static IEnumerable<GraphQLField> EveryField(GraphQLDocument document)
    {
        var pending = new Stack<GraphQLSelectionSet>(document.Definitions.OfType<IHasSelectionSetNode>()
            .Select(d => d.SelectionSet).OfType<GraphQLSelectionSet>());
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                if (selection is GraphQLField field)
                {
                    yield return field;
                }
                if (selection is IHasSelectionSetNode { SelectionSet: { } inner })
                {
                    pending.Push(inner);
                }
            }
        }
    }

    /// <summary>The fields of a selection set, with fragment spreads and inline fragments flattened (directives ignored: more is safe).</summary>
    private static IEnumerable<GraphQLField> Fields(GraphQLDocument document, GraphQLSelectionSet? selectionSet, int depth = 0)
    {
        if (selectionSet is null || depth > 32)
        {
            yield break;
        }
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var field in Fields(document, inline.SelectionSet, depth + 1))
                    {
                        yield return field;
                    }
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    foreach (var field in Fields(document, fragment?.SelectionSet, depth + 1))
                    {
                        yield return field;
                    }
                    break;
            }
        }
    }
}
