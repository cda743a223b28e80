using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Wuzhong.GraphQLEngine.Limits;

/// <summary>
/// Estimates what an operation will cost from its document alone (no SQL): a connection field multiplies its
/// selection by its page size (<c>first</c>/<c>last</c>, else the default page), a plain list by the default list
/// size, grouped aggregates by their <c>first</c>. Fragments are followed once each (cycles are refused elsewhere).
/// </summary>
public sealed class CostAnalyzer(ISchema schema, SecurityOptions security, int defaultPageSize)
{
    private sealed class State(GraphQLDocument document, Inputs? variables)
    {
        public GraphQLDocument Document { get; } = document;
        public Inputs? Variables { get; } = variables;
        public long FieldCost;
        public long TypeCost;
        public int Depth;
        public int InputDepth;
        public long InputNodes;
        public readonly HashSet<string> Fragments = [];
    }

    public OperationCost Analyze(GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables)
    {
        // Field types are resolved when the schema is initialised (once; the first request may come before).
        schema.Initialize();
        var state = new State(document, variables);
        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        if (root is not null)
        {
            Visit(state, operation.SelectionSet, root, multiplier: 1, pageSize: null, depth: 1);
        }
        return new OperationCost(state.FieldCost, state.TypeCost, state.Depth, state.InputDepth, state.InputNodes);
    }

    private void Visit(State state, GraphQLSelectionSet? selectionSet, IComplexGraphType parent, long multiplier, long? pageSize, int depth)
    {
        if (selectionSet is null)
        {
            return;
        }
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    VisitField(state, field, parent, multiplier, pageSize, depth);
                    break;
                case GraphQLInlineFragment inline:
                    Visit(state, inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, multiplier, pageSize, depth);
                    break;
                case GraphQLFragmentSpread spread when state.Fragments.Add(spread.FragmentName.Name.StringValue):
                    var fragment = state.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    if (fragment is not null)
                    {
                        Visit(state, fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parent, multiplier, pageSize, depth);
                    }
                    state.Fragments.Remove(spread.FragmentName.Name.StringValue);
                    break;
            }
        }
    }

    private void VisitField(State state, GraphQLField field, IComplexGraphType parent, long multiplier, long? pageSize, int depth)
    {
        var name = field.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            // Introspection is bounded by the schema's size; it is counted once.
            state.FieldCost += 1;
            return;
        }
        var definition = parent.GetField(name);
        if (definition?.ResolvedType is null)
        {
            return;
        }

        state.Depth = Math.Max(state.Depth, depth);
        var inputNodes = 0L;
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            var (nodes, inputDepth) = Measure(state, argument.Value, 1);
            inputNodes = Saturate(inputNodes + nodes);
            state.InputDepth = Math.Max(state.InputDepth, inputDepth);
            state.InputNodes = Math.Max(state.InputNodes, nodes);
        }
        state.FieldCost = Saturate(state.FieldCost + Saturate(multiplier * (1 + inputNodes)));

        var (named, isList) = Unwrap(definition.ResolvedType);
        if (named is not IComplexGraphType complex)
        {
            return;
        }

        var paged = definition.Arguments?.Any(a => a.Name is "first" or "last") == true;
        long itemMultiplier;
        long? childPage = null;
        if (paged && !isList)
        {
            // A connection: its nodes and edges lists are as long as the page.
            itemMultiplier = 1;
            childPage = PageSize(state, field);
        }
        else if (isList)
        {
            itemMultiplier = paged ? PageSize(state, field) : pageSize ?? security.DefaultListSize;
        }
        else
        {
            itemMultiplier = 1;
        }

        var items = Saturate(multiplier * itemMultiplier);
        state.TypeCost = Saturate(state.TypeCost + items);
        Visit(state, field.SelectionSet, complex, items, childPage, depth + 1);
    }

    private long PageSize(State state, GraphQLField field)
    {
        foreach (var name in new[] { "first", "last" })
        {
            var argument = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name);
            var value = argument?.Value switch
            {
                GraphQLIntValue literal => long.TryParse(literal.Value.Span, out var n) ? n : (long?)null,
                GraphQLVariable variable when state.Variables?.TryGetValue(variable.Name.StringValue, out var v) == true => Convert.ToInt64(v ?? 0L, System.Globalization.CultureInfo.InvariantCulture),
                _ => null,
            };
            if (value is { } size)
            {
                return Math.Max(0, size);
            }
        }
        return defaultPageSize;
    }

    /// <summary>The nodes and depth of an argument value, variables included (a deep filter costs what it weighs).</summary>
    private static (long Nodes, int Depth) Measure(State state, GraphQLValue value, int depth) => value switch
    {
        GraphQLObjectValue obj => (obj.Fields ?? []).Select(f => Measure(state, f.Value, depth + 1))
            .Aggregate((Nodes: 1L, Depth: depth), (sum, child) => (sum.Nodes + child.Nodes, Math.Max(sum.Depth, child.Depth))),
        GraphQLListValue list => (list.Values ?? []).Select(v => Measure(state, v, depth + 1))
            .Aggregate((Nodes: 1L, Depth: depth), (sum, child) => (sum.Nodes + child.Nodes, Math.Max(sum.Depth, child.Depth))),
        GraphQLVariable variable when state.Variables?.TryGetValue(variable.Name.StringValue, out var v) == true => Measure(v, depth),
        _ => (1, depth),
    };

    private static (long Nodes, int Depth) Measure(object? value, int depth) => value switch
    {
        IDictionary<string, object?> map => map.Values.Select(v => Measure(v, depth + 1))
            .Aggregate((Nodes: 1L, Depth: depth), (sum, child) => (sum.Nodes + child.Nodes, Math.Max(sum.Depth, child.Depth))),
        System.Collections.IEnumerable list and not string => list.Cast<object?>().Select(v => Measure(v, depth + 1))
            .Aggregate((Nodes: 1L, Depth: depth), (sum, child) => (sum.Nodes + child.Nodes, Math.Max(sum.Depth, child.Depth))),
        _ => (1, depth),
    };

    private IComplexGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : schema.AllTypes[condition.Type.Name.StringValue] as IComplexGraphType;

    private static (IGraphType Named, bool IsList) Unwrap(IGraphType type)
    {
        var isList = false;
        while (true)
        {
            switch (type)
            {
                case NonNullGraphType nonNull:
                    type = nonNull.ResolvedType!;
                    continue;
                case ListGraphType list:
                    isList = true;
                    type = list.ResolvedType!;
                    continue;
                default:
                    return (type, isList);
            }
        }
    }

    /// <summary>Costs stop growing at a quadrillion: beyond it every operation is refused alike, and nothing overflows.</summary>
    public const long Ceiling = 1_000_000_000_000_000;

    private static long Saturate(long value) => value < 0 ? Ceiling : Math.Min(value, Ceiling);
}
