using GraphQL;
using GraphQL.Types;
using Wuzhong.Api.GraphQL.Scalars;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.GraphQLEngine.Limits;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>What a ProgressReportsConnection has besides its page: aggregates and grouped aggregates of the reports its where selects.</summary>
public static class ReportAggregateFields
{
    public static void AddTo(ObjectGraphType<object> connection)
    {
        connection.Field<NonNullGraphType<ProgressReportAggregatesType>>("aggregates")
            .Description("Measures of the reports this connection's where selects (every page alike, revisions included), computed in SQL.")
            .Argument<YearMonthGraphType>("from", "Only the reports of this period and later.")
            .Argument<YearMonthGraphType>("to", "Only the reports of this period and earlier.")
            .ValidateArguments(ReportAggregatesResolver.Validate)
            .Scans()
            .Resolve(context => ReportAggregatesResolver.Aggregates(context.As<Connection<ProgressReport>>()));

        connection.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgressReportAggregateGroupType>>>>("groupedAggregates")
            .Description("The reports this connection's where selects, grouped by one or more dimensions, with their measures: one SQL statement per grouping.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ReportDimensionType>>>>("groupBy", "The dimensions, e.g. [DEPARTMENT, QUARTER].")
            .Argument<YearMonthGraphType>("from", "Only the reports of this period and later.")
            .Argument<YearMonthGraphType>("to", "Only the reports of this period and earlier.")
            .Argument(new GraphQLTypeReference(FilterTypeNames.Filter(ReportGroupMeasures.Entity.Name)), "having",
                a => a.Description = "Only the groups whose measures match.")
            .Argument(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(FilterTypeNames.Sort(ReportGroupMeasures.Entity.SortName)))), "order",
                a => a.Description = "The order of the groups, by their measures; then by their keys.")
            .Argument<IntGraphType>("first", "At most this many groups (per parent, for a nested connection).")
            .ValidateArguments(ReportAggregatesResolver.Validate)
            .Scans("groupBy")
            .Resolve(context => ReportAggregatesResolver.Groups(context.As<Connection<ProgressReport>>()));
    }
}
