using System.Net;
using System.Text;
using System.Text.Json;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Conformance;

public sealed class WireScalarsTestsOnSqlite(WuzhongApiFactory factory) : WireScalarsTests<WuzhongApiFactory>(factory);

public sealed class WireScalarsTestsOnPostgreSql(PostgreSqlApiFactory factory) : WireScalarsTests<PostgreSqlApiFactory>(factory);

/// <summary>
/// The scalars as they travel: one time-zone rule and one precision for instants, offsets required on input,
/// decimals as a JavaScript client keeps them, and every period a strict "YYYY-MM". Responses are read as text
/// (System.Text.Json), since Newtonsoft would turn an instant into a local DateTime and a decimal into a double.
/// </summary>
public abstract class WireScalarsTests<TFactory> : IClassFixture<TFactory> where TFactory : WuzhongApiFactory
{
    private readonly TFactory _factory;

    protected WireScalarsTests(TFactory factory)
    {
        TestDatabase.SkipIfUnavailable(factory.Provider);
        _factory = factory;
        // March 2023 open and not yet due; a clock with sub-millisecond ticks, as a real one has.
        _factory.Clock.Now = new DateTimeOffset(2023, 3, 20, 2, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, string Text)> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        using var response = await _factory.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    private async Task<JsonElement> DataAsync(string query, object? variables = null, string? token = null)
    {
        var (status, body, text) = await PostAsync(query, variables, token);
        Assert.True(status == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), text);
        return body.GetProperty("data");
    }

    private async Task<string> FirstIdAsync(string field, string where) =>
        (await DataAsync($"{{ {field}(where: {where}) {{ nodes {{ id }} }} }}")).GetProperty(field).GetProperty("nodes")[0].GetProperty("id").GetString()!;

    /// <summary>A report of 资规分局 on task 44 for March, at the clock's moment: its id and submittedAt as the mutation answers.</summary>
    private async Task<JsonElement> SubmitAsync()
    {
        var task = await FirstIdAsync("tasks", "{ section: { ordinal: { eq: 5 } }, number: { eq: 44 } }");
        var written = await DataAsync("""
            mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { progressReport { id submittedAt } errors { code } } }
            """, new { input = new { taskId = task, period = "2023-03", status = "ON_TRACK", progressPercent = 40, summary = "推进中" } },
            _factory.Token("reporter", "资规分局"));
        return written.GetProperty("submitProgressReport").GetProperty("progressReport");
    }

    [SkippableFact]
    public async Task An_instant_is_written_in_the_districts_zone_with_milliseconds_by_the_mutation_and_by_a_read_alike()
    {
        var report = await SubmitAsync();
        var read = await DataAsync("query($id: ID!) { node(id: $id) { ... on ProgressReport { submittedAt period { opensAt dueAt } } } }",
            new { id = report.GetProperty("id").GetString() });

        // 02:00:00.1234567 UTC is 10:00:00.123 in Suzhou: the same text from the mutation and from the read.
        Assert.Equal("2023-03-20T10:00:00.123+08:00", report.GetProperty("submittedAt").GetString());
        Assert.Equal("2023-03-20T10:00:00.123+08:00", read.GetProperty("node").GetProperty("submittedAt").GetString());
        Assert.Equal("2023-03-01T00:00:00.000+08:00", read.GetProperty("node").GetProperty("period").GetProperty("opensAt").GetString());
        Assert.Equal("2023-03-26T00:00:00.000+08:00", read.GetProperty("node").GetProperty("period").GetProperty("dueAt").GetString());
    }

    [SkippableTheory]
    [InlineData("2023-03-20T10:00:00")]
    [InlineData("2023-03-20")]
    [InlineData("2023-03-20 10:00:00+08:00")]
    [InlineData("20 March 2023")]
    public async Task An_instant_without_its_offset_is_refused_naming_the_variable(string instant)
    {
        var (status, body, text) = await PostAsync("query($at: DateTime) { progressReports(where: { submittedAt: { gte: $at } }) { totalCount } }", new { at = instant });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("INVALID_VALUE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("$at", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_instant_in_UTC_and_the_same_instant_in_Suzhou_select_the_same_reports()
    {
        const string Query = "query($at: DateTime) { progressReports(where: { submittedAt: { lt: $at } }) { totalCount } }";
        await SubmitAsync();
        var reports = await DataAsync("{ progressReports(first: 1000) { nodes { submittedAt } } }");
        var instants = reports.GetProperty("progressReports").GetProperty("nodes").EnumerateArray()
            .Select(n => DateTimeOffset.Parse(n.GetProperty("submittedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var cut = new DateTimeOffset(2023, 3, 20, 2, 0, 1, TimeSpan.Zero);

        var utc = await DataAsync(Query, new { at = "2023-03-20T02:00:01Z" });
        var suzhou = await DataAsync(Query, new { at = "2023-03-20T10:00:01+08:00" });

        var expected = instants.Count(i => i < cut);
        Assert.True(expected > 0);
        Assert.Equal(expected, utc.GetProperty("progressReports").GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, suzhou.GetProperty("progressReports").GetProperty("totalCount").GetInt32());
    }

    [SkippableFact]
    public async Task A_decimal_is_read_from_a_number_or_a_string_and_comes_back_with_every_digit()
    {
        var target = await FirstIdAsync("targets", "{ number: { eq: 1 } }");
        const string Mutation = """
            mutation($input: SubmitTargetReportInput!) { submitTargetReport(input: $input) { targetReport { actualValue } errors { code path } } }
            """;
        var reporter = _factory.Token("reporter", "发改委");

        var asText = await PostAsync(Mutation, new { input = new { targetId = target, period = "2023-03", actualValue = "123456789012.345", summary = "十五位" } }, reporter);
        var asNumber = await PostAsync(Mutation, new { input = new { targetId = target, period = "2023-03", actualValue = 5.8m, summary = "数" } }, reporter);

        // Fifteen significant digits: what a JavaScript number keeps exactly, written as a JSON number.
        Assert.Contains("\"actualValue\":123456789012.345}", asText.Text, StringComparison.Ordinal);
        Assert.Contains("\"actualValue\":5.8", asNumber.Text, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("\"1234567890123.4567\"")]
    [InlineData("1234567890123.4567")]
    [InlineData("99999999999999.99")]
    public async Task A_decimal_with_more_digits_than_a_JavaScript_number_keeps_is_refused_on_its_field(string value)
    {
        var target = await FirstIdAsync("targets", "{ number: { eq: 1 } }");
        const string Counts = "{ targetReports { totalCount } }";
        var before = (await DataAsync(Counts)).GetRawText();
        var body = "{\"query\":\"mutation($input: SubmitTargetReportInput!) { submitTargetReport(input: $input) { errors { code path } } }\","
            + "\"variables\":{\"input\":{\"targetId\":\"" + target + "\",\"period\":\"2023-03\",\"actualValue\":" + value + ",\"summary\":\"多位\"}}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", _factory.Token("reporter", "发改委"));

        using var response = await _factory.CreateClient().SendAsync(request);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("submitTargetReport").GetProperty("errors");

        var error = Assert.Single(errors.EnumerateArray());
        Assert.Equal(("OUT_OF_RANGE", "[\"input\",\"actualValue\"]"), (error.GetProperty("code").GetString(), error.GetProperty("path").GetRawText()));
        Assert.Equal(before, (await DataAsync(Counts)).GetRawText());
    }

    [SkippableTheory]
    [InlineData("\"+5\"")]
    [InlineData("\"5,8\"")]
    [InlineData("\"0x10\"")]
    [InlineData("\"\"")]
    public async Task A_decimal_string_that_is_not_a_number_is_refused_naming_the_variable(string value)
    {
        var body = "{\"query\":\"query($x: Decimal) { targetReports(where: { actualValue: { eq: $x } }) { totalCount } }\",\"variables\":{\"x\":" + value + "}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await _factory.CreateClient().SendAsync(request);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_VALUE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("$x", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Every argument and input field that names a period, given "2023-6" (or another near miss) as a literal and as a variable.</summary>
    public static TheoryData<string, string, string> PeriodArguments()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var wrong in new[] { "2023-6", "2023/06", "June", "2023-13", "202306" })
        {
            data.Add("{ reportingCompliance(period: $p) { rank } }", "reportingCompliance", wrong);
            data.Add("{ tasks { aggregates(asOf: $p) { count } } }", "aggregates", wrong);
            data.Add("{ tasks { groupedAggregates(groupBy: [STATUS], asOf: $p) { aggregates { count } } } }", "groupedAggregates", wrong);
            data.Add("{ reportingReminders(period: $p) { department { name } } }", "reportingReminders", wrong);
            data.Add("{ reportPeriods(where: { period: { eq: $p } }) { totalCount } }", "reportPeriods", wrong);
            data.Add("{ progressReports(where: { period: { period: { gte: $p } } }) { totalCount } }", "progressReports", wrong);
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(PeriodArguments))]
    public async Task Every_period_is_a_strict_YearMonth_as_a_literal_and_as_a_variable(string query, string field, string wrong)
    {
        var literal = await PostAsync(query.Replace("$p", $"\"{wrong}\"", StringComparison.Ordinal));
        var variable = await PostAsync("query($p: YearMonth) " + query, new { p = wrong });

        Assert.Equal(HttpStatusCode.BadRequest, literal.Status);
        Assert.Equal(HttpStatusCode.BadRequest, variable.Status);
        var literalError = literal.Body.GetProperty("errors")[0];
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", literalError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("YearMonth", literalError.GetProperty("message").GetString(), StringComparison.Ordinal);
        var variableError = variable.Body.GetProperty("errors")[0];
        Assert.Equal("INVALID_VALUE", variableError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("$p", variableError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(literal.Body.TryGetProperty("data", out _), field);
    }

    [SkippableFact]
    public async Task A_period_in_a_mutation_input_is_a_strict_YearMonth_too()
    {
        var task = await FirstIdAsync("tasks", "{ section: { ordinal: { eq: 5 } }, number: { eq: 44 } }");

        var (status, body, _) = await PostAsync("""
            mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { errors { code } } }
            """, new { input = new { taskId = task, period = "2023-3", status = "ON_TRACK", progressPercent = 40, summary = "推进中" } },
            _factory.Token("reporter", "资规分局"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INVALID_VALUE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task Periods_and_reports_filter_by_period_as_one_comparison()
    {
        var all = await DataAsync("{ reportPeriods(first: 100) { nodes { label period } } progressReports(first: 1000) { nodes { period { label } } } }");
        var labels = all.GetProperty("reportPeriods").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("label").GetString()!).ToList();
        var reported = all.GetProperty("progressReports").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("period").GetProperty("label").GetString()!).ToList();

        var range = await DataAsync("""{ reportPeriods(first: 100, where: { period: { gte: "2023-03", lte: "2023-06" } }, order: [{ period: DESC }]) { nodes { period } } }""");
        var reports = await DataAsync("""{ progressReports(where: { period: { period: { gte: "2023-03" } } }) { totalCount } }""");

        Assert.Equal(labels.Where(l => string.CompareOrdinal(l, "2023-03") >= 0 && string.CompareOrdinal(l, "2023-06") <= 0).OrderDescending(),
            range.GetProperty("reportPeriods").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("period").GetString()!));
        Assert.Equal(reported.Count(l => string.CompareOrdinal(l, "2023-03") >= 0), reports.GetProperty("progressReports").GetProperty("totalCount").GetInt32());
    }
}
