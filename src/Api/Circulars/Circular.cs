using System.Globalization;
using System.Text.Json;

namespace Wuzhong.Api.Circulars;

/// <summary>Expected reports and what came of them, as <c>reportingCompliance</c> counts them.</summary>
public sealed record ComplianceFigures(int Expected, int OnTime, int Late, int Pending, int Missing, double OnTimeRate)
{
    public static ComplianceFigures From(JsonElement row) => new(row.GetProperty("expected").GetInt32(), row.GetProperty("onTime").GetInt32(),
        row.GetProperty("late").GetInt32(), row.GetProperty("pending").GetInt32(), row.GetProperty("missing").GetInt32(), row.GetProperty("onTimeRate").GetDouble());
}

/// <summary>A unit's place in a ranking, and its on-time rate's change against the month before (null when it had none).</summary>
public sealed record RankedUnit(int Rank, string Department, ComplianceFigures Figures, double? Change);

/// <summary>A report a unit owes (pending, missing) or sent late, for one task.</summary>
public sealed record OwedReport(string Department, int TaskNumber, string TaskText, string State, DateTimeOffset? SubmittedAt);

/// <summary>A unit's report of a task that says it is delayed or at risk.</summary>
public sealed record TroubledReport(int TaskNumber, string TaskText, string Department, string Status, int ProgressPercent, string Summary);

/// <summary>One goal of a target, with the latest figure reported.</summary>
public sealed record TargetGoal(int Number, string Target, string Goal, decimal Value, string Unit, string Comparison, decimal? LatestValue, bool? Reached,
    double? ShareReached);

/// <summary>The tasks' standing as of the period.</summary>
public sealed record TaskFigures(int Count, int Completed, int Delayed, int AtRisk, int Overdue, double? AverageProgress);

/// <summary>
/// The monthly circular (督查通报) of one period, read from the answer of the documented operation MonthlyCircular
/// (docs/operations/MonthlyCircular.graphql): every figure in it is the API's.
/// </summary>
public sealed record Circular(
    string Period, int Year, int Month, string Issuer, string PlanTitle, string PlanCode, DateOnly? DueDate, DateTimeOffset AsOf,
    ComplianceFigures Totals, IReadOnlyList<(string Period, ComplianceFigures Figures)> YearToDate,
    IReadOnlyList<RankedUnit> Lead, IReadOnlyList<RankedUnit> Supporting,
    IReadOnlyList<OwedReport> Owed, TaskFigures Tasks, IReadOnlyList<TroubledReport> Troubled, IReadOnlyList<TargetGoal> Targets)
{
    /// <summary>The statuses a unit's report calls trouble.</summary>
    private static readonly string[] TroubleStatuses = ["DELAYED", "AT_RISK"];

    public static Circular From(JsonElement data, string period, int year, int month)
    {
        var plan = data.GetProperty("plans").GetProperty("nodes").EnumerateArray().FirstOrDefault();
        var dueDate = data.GetProperty("reportPeriods").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("dueDate").GetString()).FirstOrDefault();
        var totals = data.GetProperty("totals").EnumerateArray().FirstOrDefault();
        var aggregates = data.GetProperty("tasks").GetProperty("aggregates");
        return new Circular(
            period, year, month,
            plan.ValueKind == JsonValueKind.Object ? plan.GetProperty("issuer").GetString()! : "",
            plan.ValueKind == JsonValueKind.Object ? plan.GetProperty("title").GetString()! : "",
            plan.ValueKind == JsonValueKind.Object ? plan.GetProperty("code").GetString()! : "",
            dueDate is null ? null : DateOnly.ParseExact(dueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            totals.ValueKind == JsonValueKind.Object ? DateTimeOffset.Parse(totals.GetProperty("asOf").GetString()!, CultureInfo.InvariantCulture) : default,
            totals.ValueKind == JsonValueKind.Object ? ComplianceFigures.From(totals) : new ComplianceFigures(0, 0, 0, 0, 0, 0),
            [.. data.GetProperty("yearToDate").EnumerateArray()
                .Select(r => (r.GetProperty("period").GetProperty("label").GetString()!, ComplianceFigures.From(r))).OrderBy(r => r.Item1, StringComparer.Ordinal)],
            Ranking(data.GetProperty("lead"), data.GetProperty("leadBefore")),
            Ranking(data.GetProperty("supporting"), data.GetProperty("supportingBefore")),
            [.. data.GetProperty("owed").EnumerateArray().SelectMany(row => row.GetProperty("expectedReports").EnumerateArray().Select(r => new OwedReport(
                row.GetProperty("department").GetProperty("name").GetString()!,
                r.GetProperty("task").GetProperty("number").GetInt32(), r.GetProperty("task").GetProperty("text").GetString()!,
                r.GetProperty("state").GetString()!,
                r.GetProperty("submittedAt").GetString() is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null)))],
            new TaskFigures(aggregates.GetProperty("count").GetInt32(), aggregates.GetProperty("completedCount").GetInt32(),
                aggregates.GetProperty("delayedCount").GetInt32(), aggregates.GetProperty("atRiskCount").GetInt32(),
                aggregates.GetProperty("overdueCount").GetInt32(),
                aggregates.GetProperty("averageProgress").ValueKind == JsonValueKind.Number ? aggregates.GetProperty("averageProgress").GetDouble() : null),
            [.. data.GetProperty("troubled").GetProperty("nodes").EnumerateArray().SelectMany(task => task.GetProperty("departments").EnumerateArray()
                .Where(d => d.GetProperty("report").ValueKind == JsonValueKind.Object
                    && TroubleStatuses.Contains(d.GetProperty("report").GetProperty("status").GetString()))
                .Select(d => new TroubledReport(task.GetProperty("number").GetInt32(), task.GetProperty("text").GetString()!,
                    d.GetProperty("department").GetProperty("name").GetString()!, d.GetProperty("report").GetProperty("status").GetString()!,
                    d.GetProperty("report").GetProperty("progressPercent").GetInt32(), d.GetProperty("report").GetProperty("summary").GetString()!)))],
            [.. data.GetProperty("targets").GetProperty("nodes").EnumerateArray().SelectMany(target => target.GetProperty("goals").EnumerateArray()
                .Select(g => new TargetGoal(target.GetProperty("number").GetInt32(), target.GetProperty("name").GetString()!, g.GetProperty("name").GetString()!,
                    g.GetProperty("value").GetDecimal(), g.GetProperty("unit").GetString()!, g.GetProperty("comparison").GetString()!,
                    g.GetProperty("latestValue").ValueKind == JsonValueKind.Number ? g.GetProperty("latestValue").GetDecimal() : null,
                    g.GetProperty("reached").ValueKind is JsonValueKind.True or JsonValueKind.False ? g.GetProperty("reached").GetBoolean() : null,
                    g.GetProperty("shareReached").ValueKind == JsonValueKind.Number ? g.GetProperty("shareReached").GetDouble() : null)))]);
    }

    /// <summary>The units as ranked, each with its on-time rate's change since the month before.</summary>
    private static List<RankedUnit> Ranking(JsonElement rows, JsonElement before)
    {
        var earlier = before.EnumerateArray().ToDictionary(r => r.GetProperty("department").GetProperty("name").GetString()!, r => r.GetProperty("onTimeRate").GetDouble());
        return [.. rows.EnumerateArray().Select(r =>
        {
            var name = r.GetProperty("department").GetProperty("name").GetString()!;
            var figures = ComplianceFigures.From(r);
            return new RankedUnit(r.GetProperty("rank").GetInt32(), name, figures, earlier.TryGetValue(name, out var rate) ? figures.OnTimeRate - rate : null);
        })];
    }
}
