using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Analytics;

public sealed class DimensionCoverageTestsOnSqlite(SqliteDemoData data) : DimensionCoverageTests<SqliteDemoData, WuzhongApiFactory>(data);

public sealed class DimensionCoverageTestsOnPostgreSql(PostgreSqlDemoData data) : DimensionCoverageTests<PostgreSqlDemoData, PostgreSqlApiFactory>(data);

/// <summary>
/// Every dimension of the table (TaskDimensions) is a value of the schema's TaskDimension, groups tasks, and sets its own
/// key and no other: a dimension added to the table is tried here without a line of test.
/// </summary>
public abstract class DimensionCoverageTests<TData, TFactory> : IClassFixture<TData>
    where TData : DemoDataFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    /// <summary>The key fields a group of grouped aggregates may have, each dimension's first.</summary>
    private static readonly string[] KeyFields = ["department", "leadDepartment", "district", "leader", "section", "taskGroup", "status", "period"];

    private readonly GraphQLClient _client;

    protected DimensionCoverageTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _client = new(data.Factory.CreateClient().AskingFresh());
    }

    public static TheoryData<string> Dimensions() => [.. TaskDimensions.All.Select(d => d.Value.ToString())];

    private static string GraphQLName(TaskDimension value) =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    /// <summary>The key field a dimension sets: a time dimension its bucket's period, the others their own.</summary>
    private static string KeyField(TaskDimensions.Dimension dimension) =>
        dimension.TimeStep is not null ? "period" : char.ToLowerInvariant(dimension.Value.ToString()[0]) + dimension.Value.ToString()[1..];

    [SkippableFact]
    public async Task The_schema_s_dimensions_are_the_table_s()
    {
        var values = (await _client.QueryAsync("{ __type(name: \"TaskDimension\") { enumValues { name } } }"))["__type"]!["enumValues"]!
            .Select(v => (string)v["name"]!).ToHashSet();

        Assert.Equal(TaskDimensions.All.Select(d => GraphQLName(d.Value)).Order(StringComparer.Ordinal), values.Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Dimensions))]
    public async Task Each_dimension_groups_tasks_under_its_own_key(string name)
    {
        var dimension = TaskDimensions.Of(Enum.Parse<TaskDimension>(name));
        var keys = string.Join(" ", KeyFields.Select(f => f == "status" ? f : $"{f} {{ id }}"));
        var data = await _client.QueryAsync(
            $"{{ tasks {{ totalCount groupedAggregates(groupBy: [{GraphQLName(dimension.Value)}]) {{ keys {{ {keys} }} aggregates {{ count }} }} }} }}");
        var groups = data["tasks"]!["groupedAggregates"]!.ToList();

        Assert.NotEmpty(groups);
        var own = KeyField(dimension);
        foreach (var group in groups)
        {
            var set = KeyFields.Where(f => group["keys"]![f]!.Type != JTokenType.Null).ToList();
            // A task without a leader falls in the group whose leader is null: that group sets no key.
            Assert.True(set.SequenceEqual([own]) || (dimension.Value == TaskDimension.Leader && set.Count == 0), $"{name}: a group sets {string.Join(", ", set)}");
            Assert.True((int)group["aggregates"]!["count"]! > 0);
        }
        Assert.Equal(groups.Count, groups.Select(g => g["keys"]!.ToString()).Distinct().Count());
    }
}
