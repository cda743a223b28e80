using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Wuzhong.Infrastructure.Changes;

namespace Wuzhong.Api.Caching;

/// <summary>
/// Reads what an answer depends on from the types its document selects and the input types its arguments spell out.
/// Only target reports are read by types of their own (Target…, Goal…, TargetReport…), so an answer made only of
/// those (and plans, pages) does not change when a progress report arrives, and one without them does not change
/// when a target report arrives. Where the document cannot say (an abstract type, an input given as a variable), the
/// answer depends on everything.
/// </summary>
public static class CacheDependencies
{
    /// <summary>Types whose answers no progress report can change.</summary>
    private static readonly HashSet<string> ProgressIndependent =
    [
        "Query", "PageInfo", "Plan", "PlansConnection", "PlansEdge", "PlanFilterInput", "PlanSortInput",
        "Target", "TargetsConnection", "TargetsEdge", "TargetAggregates", "TargetFilterInput", "TargetSortInput",
        "Goal", "TargetReport", "TargetReportsConnection", "TargetReportsEdge", "TargetReportFilterInput", "TargetReportSortInput",
    ];

    /// <summary>What the changes of this kind can affect.</summary>
    public static CacheDependency AffectedBy(ChangeKind kind) => kind switch
    {
        ChangeKind.ProgressReportSubmitted => CacheDependency.ProgressReports,
        ChangeKind.TargetReportSubmitted => CacheDependency.TargetReports,
        // No answer reads the registered documents: a request by id is cached under the document's text.
        ChangeKind.DocumentRegistered => 0,
        _ => CacheDependency.All,
    };

    /// <summary>Types of answers never kept: the audit log is written by refused requests too, which record no change.</summary>
    private static readonly HashSet<string> NeverKept = ["AuditEntry", "AuditEntriesConnection"];

    /// <summary>What a query's answer depends on; null when it is never kept (introspection, the audit log).</summary>
    public static CacheDependency? Of(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var walk = new Walk(schema, document);
        walk.Selections(schema.Query, operation.SelectionSet);
        if (walk.Introspection || walk.Types.Overlaps(NeverKept))
        {
            return null;
        }
        var dependency = CacheDependency.Plan;
        if (walk.Unknown || !walk.Types.IsSubsetOf(ProgressIndependent))
        {
            dependency |= CacheDependency.ProgressReports;
        }
        if (walk.Unknown || walk.Types.Any(name => name.StartsWith("Target", StringComparison.Ordinal) || name.StartsWith("Goal", StringComparison.Ordinal)))
        {
            dependency |= CacheDependency.TargetReports;
        }
        return dependency;
    }

    /// <summary>The named object and input types of a selection, and whether some could not be known.</summary>
    private sealed class Walk(ISchema schema, GraphQLDocument document)
    {
        private readonly HashSet<string> _fragments = [];

        public HashSet<string> Types { get; } = [];

        public bool Unknown { get; private set; }

        public bool Introspection { get; private set; }

        public void Selections(IGraphType type, GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null)
            {
                return;
            }
            if (type is IAbstractGraphType abstractType)
            {
                // node, nodes and other interfaces may return any of their types (an audit entry among them): the answer
                // depends on all of them, and on what the fragments below select.
                Unknown = true;
                Types.UnionWith(abstractType.PossibleTypes.Select(t => t.Name));
            }
            else if (type is not IObjectGraphType)
            {
                Unknown = true;
                return;
            }
            if (type is not IComplexGraphType complex)
            {
                // A union: its possible types are counted above, and it has no fields of its own to walk.
                return;
            }
            Types.Add(type.Name);
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        Field(complex, field);
                        break;
                    case GraphQLInlineFragment inline:
                        Fragment(inline.TypeCondition is { } condition ? schema.AllTypes[condition.Type.Name.StringValue] : type, inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread when _fragments.Add(spread.FragmentName.Name.StringValue):
                        // The cache is asked before validation: a spread of an unknown fragment, or one on an unknown type, is
                        // the validator's to refuse; here it only means the answer cannot be told.
                        var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name);
                        Fragment(fragment is null ? null : schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue], fragment?.SelectionSet);
                        break;
                }
            }
        }

        private void Fragment(IGraphType? type, GraphQLSelectionSet? selectionSet)
        {
            if (type is null)
            {
                Unknown = true;
                return;
            }
            Selections(type, selectionSet);
        }

        private void Field(IComplexGraphType type, GraphQLField field)
        {
            if (field.Name.Value.Span.StartsWith("__"))
            {
                Introspection |= field.Name != "__typename";
                return;
            }
            var definition = type.GetField(field.Name.StringValue);
            if (definition?.ResolvedType is null)
            {
                Unknown = true;
                return;
            }
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                if (definition.Arguments?.Find(argument.Name.StringValue) is { ResolvedType: { } argumentType })
                {
                    Input(argumentType, argument.Value);
                }
            }
            var named = definition.ResolvedType.GetNamedType();
            if (named is not ScalarGraphType and not EnumerationGraphType)
            {
                Selections(named, field.SelectionSet);
            }
        }

        private void Reachable(IInputObjectGraphType input)
        {
            foreach (var field in input.Fields)
            {
                if (field.ResolvedType?.GetNamedType() is IInputObjectGraphType nested && Types.Add(nested.Name))
                {
                    Reachable(nested);
                }
            }
        }

        private void Input(IGraphType type, GraphQLValue value)
        {
            var named = type.GetNamedType();
            if (named is not IInputObjectGraphType input)
            {
                return;
            }
            Types.Add(named.Name);
            switch (value)
            {
                case GraphQLVariable:
                    // What a variable holds is not in the document: whatever its type can hold counts.
                    Reachable(input);
                    break;
                case GraphQLListValue list:
                    foreach (var item in list.Values ?? [])
                    {
                        Input(named, item);
                    }
                    break;
                case GraphQLObjectValue objectValue:
                    foreach (var field in objectValue.Fields ?? [])
                    {
                        if (input.GetField(field.Name.StringValue) is { ResolvedType: { } fieldType })
                        {
                            Input(fieldType, field.Value);
                        }
                    }
                    break;
            }
        }
    }
}
