using GraphQLParser.AST;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.GraphQLEngine.Limits;

/// <summary>Counts what a document holds that the limits bound: aliases and operations.</summary>
public static class DocumentLimits
{
    /// <summary>
    /// The refusal of an argument nested too deep, one text wherever it is found: written in the document (checked before
    /// validation walks it) or sent as a variable (checked by the cost analysis).
    /// </summary>
    public static string InputTooDeep(int depth, int limit) => $"An argument is nested {depth} levels deep; at most {limit} are accepted.";

    public static int Aliases(GraphQLDocument document) => SelectionSets.EveryField(document).Count(f => f.Alias is not null);

    /// <summary>The deepest argument value written in the document (objects and lists nested in each other).</summary>
    public static int InputDepth(GraphQLDocument document)
    {
        var deepest = 0;
        var stack = new Stack<(ASTNode Node, int Depth)>(document.Definitions.Select(d => ((ASTNode)d, 0)));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            switch (node)
            {
                case GraphQLObjectValue obj:
                    foreach (var field in obj.Fields ?? [])
                    {
                        stack.Push((field.Value, depth + 1));
                    }
                    break;
                case GraphQLListValue list:
                    foreach (var value in list.Values ?? [])
                    {
                        stack.Push((value, depth + 1));
                    }
                    break;
                case GraphQLArgument argument:
                    stack.Push((argument.Value, 1));
                    break;
                case GraphQLField field:
                    foreach (var argument in field.Arguments?.Items ?? [])
                    {
                        stack.Push((argument, 0));
                    }
                    if (field.SelectionSet is { } selections)
                    {
                        stack.Push((selections, 0));
                    }
                    break;
                case IHasSelectionSetNode { SelectionSet: { } set }:
                    stack.Push((set, 0));
                    break;
                case GraphQLSelectionSet set:
                    foreach (var selection in set.Selections)
                    {
                        stack.Push((selection, 0));
                    }
                    break;
            }
        }
        return deepest;
    }

    public static int Operations(GraphQLDocument document) => document.Definitions.OfType<GraphQLOperationDefinition>().Count();
}
