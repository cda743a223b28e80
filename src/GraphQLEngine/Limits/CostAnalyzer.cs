using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Wuzhong.GraphQLEngine.Limits;

/// <summary>
/// Estimates what an operation will cost from its document and variables alone (no SQL): a connection field multiplies
/// its selection by its page size (<c>first</c>/<c>last</c> as the variables make them, defaults included, else the
/// default page), a plain list by the default list size, grouped aggregates by their <c>first</c>; a field that scans a
/// set (<see cref="FieldCosts.Scans"/>) adds what its statement reads. Introspection is walked like any selection, and
/// the nesting of its recursive lists (<c>fields</c>, <c>inputFields</c>, <c>interfaces</c>, <c>possibleTypes</c>) and
/// of <c>ofType</c> is measured for <see cref="RequestLimitOptions.MaxIntrospectionListDepth"/>.
/// </summary>
/// <remarks>
/// Each fragment is measured once per page context and its measure reused at every spread: a cost is linear in the
/// multiplier, so a fragment spread twice under a fragment spread twice … is priced in time linear in the document,
/// not in the 2^n selections it stands for (the finding of issue 23: 30 such levels pinned a core for minutes).
/// </remarks>
/// <param name="tablePageSize">The page of a connection not inside a list that gives neither first nor last, where a request
/// takes whole tables (<see cref="Data.TablePaging"/>); else the default page.</param>
public sealed class CostAnalyzer(ISchema schema, RequestLimitOptions security, int defaultPageSize, int? tablePageSize = null)
{
    /// <summary>Introspection fields whose nesting HotChocolate bounds: each can repeat the whole schema below it.</summary>
    private static readonly HashSet<string> IntrospectionLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    /// <summary>What a selection set costs for one item of its parent; multiplied by the caller.</summary>
    /// <param name="ScanCost">What scanning fields read: once per field in the document, not multiplied by the items above it.</param>
    private readonly record struct Measure(long FieldCost, long TypeCost, long ScanCost, int Depth, int InputDepth, long InputNodes, int IntrospectionLists,
        int OfTypeDepth)
    {
        public static Measure None => default;

        public Measure Plus(Measure other) => new(Saturate(FieldCost + other.FieldCost), Saturate(TypeCost + other.TypeCost), Saturate(ScanCost + other.ScanCost),
            Math.Max(Depth, other.Depth), Math.Max(InputDepth, other.InputDepth), Math.Max(InputNodes, other.InputNodes),
            Math.Max(IntrospectionLists, other.IntrospectionLists), Math.Max(OfTypeDepth, other.OfTypeDepth));
    }

    private sealed class State(GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables)
    {
        public Inputs? Variables { get; } = variables;

        public Dictionary<string, GraphQLFragmentDefinition> Fragments { get; } = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        /// <summary>The variables' default values, for variables the request does not give.</summary>
        public Dictionary<string, GraphQLValue?> Defaults { get; } = (operation.Variables?.Items ?? [])
            .GroupBy(v => v.Variable.Name.StringValue).ToDictionary(g => g.Key, g => g.First().DefaultValue, StringComparer.Ordinal);

        /// <summary>Fragments measured so far, by name and the page size their connection gives them.</summary>
        public Dictionary<(string Fragment, long? PageSize, bool UnderList), Measure> Measured { get; } = [];

        /// <summary>Fragments being measured (a cycle is refused by validation; here it just counts nothing more).</summary>
        public HashSet<string> InProgress { get; } = new(StringComparer.Ordinal);
    }

    public OperationCost Analyze(GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables)
    {
        // Field types are resolved when the schema is initialised (once; the first request may come before).
        schema.Initialize();
        var state = new State(document, operation, variables);
        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        var measure = root is null ? Measure.None : Selections(state, operation.SelectionSet, root, pageSize: null, underList: false);
        return new OperationCost(Saturate(measure.FieldCost + measure.ScanCost), measure.TypeCost, measure.Depth, measure.InputDepth, measure.InputNodes,
            measure.IntrospectionLists, measure.OfTypeDepth);
    }

    /// <param name="underList">Whether a list (or a connection's nodes) is above: a connection there keeps the default page.</param>
    private Measure Selections(State state, GraphQLSelectionSet? selectionSet, IComplexGraphType parent, long? pageSize, bool underList)
    {
        var total = Measure.None;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            total = total.Plus(selection switch
            {
                GraphQLField field => Field(state, field, parent, pageSize, underList),
                GraphQLInlineFragment inline => Selections(state, inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, pageSize, underList),
                GraphQLFragmentSpread spread => Fragment(state, spread.FragmentName.Name.StringValue, parent, pageSize, underList),
                _ => Measure.None,
            });
        }
        return total;
    }

    private Measure Fragment(State state, string name, IComplexGraphType parent, long? pageSize, bool underList)
    {
        if (state.Measured.TryGetValue((name, pageSize, underList), out var known))
        {
            return known;
        }
        if (!state.Fragments.TryGetValue(name, out var fragment) || !state.InProgress.Add(name))
        {
            return Measure.None;
        }
        var measure = Selections(state, fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parent, pageSize, underList);
        state.InProgress.Remove(name);
        state.Measured[(name, pageSize, underList)] = measure;
        return measure;
    }

    private Measure Field(State state, GraphQLField field, IComplexGraphType parent, long? pageSize, bool underList)
    {
        var name = field.Name.StringValue;
        var definition = name switch
        {
            "__schema" => schema.SchemaMetaFieldType,
            "__type" => schema.TypeMetaFieldType,
            "__typename" => schema.TypeNameMetaFieldType,
            _ => parent.GetField(name),
        };
        if (definition?.ResolvedType is null)
        {
            return Measure.None;
        }
        // The selection depth limit is about the data; introspection is bounded by its own nesting rule instead.
        var introspection = name.StartsWith("__", StringComparison.Ordinal) || parent.Name.StartsWith("__", StringComparison.Ordinal);

        var inputNodes = 0L;
        var inputDepth = 0;
        var widest = 0L;
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            var (nodes, depth) = Weigh(state, argument.Value, 1);
            inputNodes = Saturate(inputNodes + nodes);
            inputDepth = Math.Max(inputDepth, depth);
            widest = Math.Max(widest, nodes);
        }
        var own = new Measure(Saturate(1 + inputNodes), 0, ScanCost(state, field, definition), introspection ? 0 : 1, inputDepth, widest, 0, 0);

        var (named, isList) = Unwrap(definition.ResolvedType);
        if (named is not IComplexGraphType complex)
        {
            return own;
        }

        var paged = definition.Arguments?.Any(a => a.Name is "first" or "last") == true;
        long items;
        long? childPage = null;
        if (paged && !isList)
        {
            // A connection: its nodes and edges lists are as long as the page.
            items = 1;
            childPage = PageSize(state, field, underList ? defaultPageSize : tablePageSize ?? defaultPageSize);
        }
        else
        {
            items = !isList ? 1 : paged ? PageSize(state, field, defaultPageSize) : pageSize ?? security.DefaultListSize;
        }

        var below = Selections(state, field.SelectionSet, complex, childPage, underList || isList || childPage is not null);
        return new Measure(
            FieldCost: Saturate(own.FieldCost + Multiply(items, below.FieldCost)),
            TypeCost: Saturate(items + Multiply(items, below.TypeCost)),
            ScanCost: Saturate(own.ScanCost + below.ScanCost),
            Depth: below.Depth + own.Depth,
            InputDepth: Math.Max(own.InputDepth, below.InputDepth),
            InputNodes: Math.Max(own.InputNodes, below.InputNodes),
            IntrospectionLists: below.IntrospectionLists + (introspection && IntrospectionLists.Contains(name) ? 1 : 0),
            OfTypeDepth: below.OfTypeDepth + (introspection && name == "ofType" ? 1 : 0));
    }

    /// <summary>
    /// What a scanning field's statement reads, once per field in the document: a nested connection's aggregates are
    /// one statement for all its parents. Grouping multiplies the groups, so each dimension adds a scan's worth.
    /// </summary>
    private long ScanCost(State state, GraphQLField field, FieldType definition)
    {
        if (definition.GetMetadata<string?>(FieldCosts.ScanMetadata) is not { } dimensionsArgument)
        {
            return 0;
        }
        var dimensions = dimensionsArgument.Length == 0 ? 0 : Argument(state, field, dimensionsArgument) switch
        {
            GraphQLListValue list => list.Values?.Count ?? 0,
            GraphQLValue => 1,
            System.Collections.IEnumerable values and not string => values.Cast<object?>().Count(),
            null => 0,
            _ => 1,
        };
        return Saturate((long)security.AggregateScanCost * (1 + dimensions));
    }

    /// <summary>A connection's page size as it will run: the literal or the variable's value, its default when not sent, else <paramref name="unsized"/>.</summary>
    private static long PageSize(State state, GraphQLField field, long unsized)
    {
        foreach (var name in new[] { "first", "last" })
        {
            var size = Argument(state, field, name) switch
            {
                GraphQLIntValue literal => long.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null,
                int n => n,
                long n => n,
                // Any other value fails coercion before anything runs; the estimate need not guess it.
                _ => null,
            };
            if (size is { } given)
            {
                return Math.Max(0, given);
            }
        }
        return unsized;
    }

    /// <summary>
    /// An argument's value: a literal as written, a variable's value as sent (a variable the request leaves out takes
    /// its default literal), or null when absent or null.
    /// </summary>
    private static object? Argument(State state, GraphQLField field, string name)
    {
        var value = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value;
        return value is GraphQLVariable variable ? Variable(state, variable.Name.StringValue) : value is GraphQLNullValue ? null : value;
    }

    private static object? Variable(State state, string name) =>
        state.Variables?.TryGetValue(name, out var sent) == true ? sent
        : state.Defaults.GetValueOrDefault(name) is { } literal and not GraphQLNullValue ? literal
        : null;

    /// <summary>The nodes and depth of an argument value, variables included (a deep filter costs what it weighs).</summary>
    private static (long Nodes, int Depth) Weigh(State state, GraphQLValue value, int depth) => value switch
    {
        GraphQLObjectValue obj => (obj.Fields ?? []).Select(f => Weigh(state, f.Value, depth + 1))
            .Aggregate((Nodes: 1L, Depth: depth), (sum, child) => (sum.Nodes + child.Nodes, Math.Max(sum.Depth, child.Depth))),
        GraphQLListValue list => (list.Values ?? []).Select(v => Weigh(state, v, depth + 1))
            .Aggregate((Nodes: 1L, Depth: depth), (sum, child) => (sum.Nodes + child.Nodes, Math.Max(sum.Depth, child.Depth))),
        GraphQLVariable variable => Variable(state, variable.Name.StringValue) switch
        {
            GraphQLValue literal => Weigh(state, literal, depth),
            var sent => Weigh(sent, depth),
        },
        _ => (1, depth),
    };

    private static (long Nodes, int Depth) Weigh(object? value, int depth) => value switch
    {
        IDictionary<string, object?> map => map.Values.Select(v => Weigh(v, depth + 1))
            .Aggregate((Nodes: 1L, Depth: depth), (sum, child) => (sum.Nodes + child.Nodes, Math.Max(sum.Depth, child.Depth))),
        System.Collections.IEnumerable list and not string => list.Cast<object?>().Select(v => Weigh(v, depth + 1))
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

    private static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > Ceiling / b ? Ceiling : Saturate(a * b);
}
