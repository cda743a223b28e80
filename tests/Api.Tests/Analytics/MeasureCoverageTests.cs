using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Analytics;

public sealed class MeasureCoverageTestsOnSqlite(SqliteDemoData data) : MeasureCoverageTests<SqliteDemoData, WuzhongApiFactory>(data);

public sealed class MeasureCoverageTestsOnPostgreSql(PostgreSqlDemoData data) : MeasureCoverageTests<PostgreSqlDemoData, PostgreSqlApiFactory>(data);

/// <summary>
/// Every measure a client can select on WorkTaskAggregates can filter groups (having) and parents (where), and order
/// them: the list of measures is read from the live schema, so a measure added to the object type and forgotten in
/// the inputs fails here. The answers are checked against the same groups asked without having or order.
/// </summary>
public abstract class MeasureCoverageTests<TData, TFactory> : IClassFixture<TData>
    where TData : DemoDataFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    /// <summary>Selectable but not filterable, on purpose: a list, and counts that take a statement of their own.</summary>
    private static readonly HashSet<string> NotFilterable = ["byStatus", "distinctDepartments", "distinctDistricts", "distinctLeaders"];

    private readonly GraphQLClient _client;

    protected MeasureCoverageTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _client = new(data.Factory.CreateClient().AskingFresh());
    }

    private async Task<HashSet<string>> FieldsAsync(string type, string list) =>
        [.. (await _client.QueryAsync($"{{ __type(name: \"{type}\") {{ {list} {{ name }} }} }}"))["__type"]![list]!.Select(f => (string)f["name"]!)];

    [SkippableFact]
    public async Task Every_selectable_measure_is_in_having_where_and_both_orders()
    {
        var measures = (await FieldsAsync("WorkTaskAggregates", "fields")).Except(NotFilterable).ToList();

        Assert.Contains("onTimeRate", measures);
        Assert.Empty(measures.Except(await FieldsAsync("WorkTaskAggregatesFilterInput", "inputFields")));
        Assert.Empty(measures.Except(await FieldsAsync("WorkTaskAggregateGroupSortInput", "inputFields")));
        Assert.Empty(measures.Except(await FieldsAsync("WorkTaskAggregatesSortInput", "inputFields")));
    }

    /// <summary>Every row of the measure table (the test above holds the schema to the table).</summary>
    public static TheoryData<string> Measures() => [.. Wuzhong.Api.GraphQL.Analytics.TaskMeasures.All.Select(m => m.Name)];

    [SkippableTheory]
    [MemberData(nameof(Measures))]
    public async Task Each_measure_filters_and_orders_groups_as_their_values_say(string measure)
    {
        const string Groups = "{ tasks { groupedAggregates(groupBy: [DEPARTMENT]ARGS) { keys { department { name } } aggregates { MEASURE } } } }";
        string Ask(string args) => Groups.Replace("ARGS", args, StringComparison.Ordinal).Replace("MEASURE", measure, StringComparison.Ordinal);
        static List<(string Name, double? Value)> Rows(JToken data) => [.. data["tasks"]!["groupedAggregates"]!
            .Select(g => ((string)g["keys"]!["department"]!["name"]!, (double?)g["aggregates"]!.First!.First!))];

        var all = Rows(await _client.QueryAsync(Ask("")));
        var values = all.Where(r => r.Value is not null).Select(r => r.Value!.Value).Order().ToList();
        Assert.NotEmpty(values);
        var threshold = values[values.Count / 2];

        var kept = Rows(await _client.QueryAsync(Ask($", having: {{ {measure}: {{ gte: {threshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} }} }}")));
        var ordered = Rows(await _client.QueryAsync(Ask($", order: [{{ {measure}: DESC }}]")));

        Assert.Equal(all.Where(r => r.Value >= threshold).Select(r => r.Name).Order(StringComparer.Ordinal), kept.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(all.Count, ordered.Count);
        var orderedValues = ordered.Where(r => r.Value is not null).Select(r => r.Value!.Value).ToList();
        Assert.Equal(orderedValues.OrderDescending(), orderedValues);
    }

    [SkippableTheory]
    [MemberData(nameof(Measures))]
    public async Task Each_measure_filters_and_orders_departments_by_their_tasks(string measure)
    {
        string Ask(string args) => $"{{ departments(first: 1000{args}) {{ nodes {{ name tasks {{ aggregates {{ {measure} }} }} }} }} }}";
        static List<(string Name, double? Value)> Rows(JToken data) => [.. data["departments"]!["nodes"]!
            .Select(d => ((string)d["name"]!, (double?)d["tasks"]!["aggregates"]!.First!.First!))];

        var all = Rows(await _client.QueryAsync(Ask("")));
        var values = all.Where(r => r.Value is not null).Select(r => r.Value!.Value).Order().ToList();
        var threshold = values[values.Count / 2];

        var kept = Rows(await _client.QueryAsync(Ask($", where: {{ tasks: {{ aggregates: {{ {measure}: {{ gte: {threshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} }} }} }} }}")));
        var ordered = Rows(await _client.QueryAsync(Ask($", order: [{{ tasks: {{ {measure}: DESC }} }}]")));

        Assert.Equal(all.Where(r => r.Value >= threshold).Select(r => r.Name).Order(StringComparer.Ordinal), kept.Select(r => r.Name).Order(StringComparer.Ordinal));
        var orderedValues = ordered.Where(r => r.Value is not null).Select(r => r.Value!.Value).ToList();
        Assert.Equal(orderedValues.OrderDescending(), orderedValues);
    }
}
