using GraphQL;
using GraphQL.Types;
using Wuzhong.Api.GraphQL.Scalars;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.GraphQLEngine.Limits;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>What a WorkTasksConnection has besides its page: aggregates and grouped aggregates of the tasks its where selects.</summary>
public static class TaskAggregateFields
{
    public static void AddTo(ObjectGraphType<object> connection)
    {
        connection.Field<NonNullGraphType<WorkTaskAggregatesType>>("aggregates")
            .Description("Measures of the tasks this connection's where selects (every page alike), computed in SQL.")
            .Argument<YearMonthGraphType>("asOf", "Each task's status as of this period (\"2023-06\"): reports of later periods do not count.")
            .Argument<YearMonthGraphType>("from", "The first period of a range: reports of earlier periods are not counted (reportCount, lateReportCount).")
            .Argument<YearMonthGraphType>("to", "The last period of a range: the standing as of it (as asOf, which it cannot be given with).")
            .ValidateArguments(TaskAggregatesResolver.Validate)
            .Scans()
            .Resolve(context => TaskAggregatesResolver.Aggregates(context.As<Connection<WorkTask>>()));

        connection.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkTaskAggregateGroupType>>>>("groupedAggregates")
            .Description("The tasks this connection's where selects, grouped by one or more dimensions, with their measures: " +
                "one SQL statement per grouping. Grouping by a time dimension (PERIOD, QUARTER, HALF_YEAR, YEAR) gives every bucket of the " +
                "plan's year, zeros included.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<TaskDimensionType>>>>("groupBy", "The dimensions, e.g. [DEPARTMENT, STATUS].")
            .Argument<YearMonthGraphType>("asOf", "Each task's status as of this period (\"2023-06\").")
            .Argument<YearMonthGraphType>("from", "The first period of a range: with a time dimension, only the buckets that reach it; reports of earlier periods are not counted.")
            .Argument<YearMonthGraphType>("to", "The last period of a range: with a time dimension, only the buckets that start by it, each measured as of it at the latest.")
            .Argument(new GraphQLTypeReference(FilterTypeNames.Filter(TaskGroupMeasures.Entity.Name)), "having",
                a => a.Description = "Only the groups whose measures match.")
            .Argument(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(FilterTypeNames.Sort(TaskGroupMeasures.Entity.SortName)))), "order",
                a => a.Description = "The order of the groups, by their measures; then by their keys.")
            .Argument<IntGraphType>("first", "At most this many groups (per parent, for a nested connection).")
            .ValidateArguments(TaskAggregatesResolver.Validate)
            .Scans("groupBy")
            .Resolve(context => TaskAggregatesResolver.Groups(context.As<Connection<WorkTask>>()));
    }
}
