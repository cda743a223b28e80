using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Import.Documents;

namespace Wuzhong.Api.Cli;

/// <summary>
/// <c>import --report json</c>: one JSON object a file, for scripts and review tools. Every place is given twice: its
/// <c>line</c> (a number) and <c>where</c>, as a person finds it in that file's format ("row 12", "row 3 of table 2").
/// </summary>
public static class ImportReportJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(string file, PlanDocument? document, ImportReport? report, bool dryRun, PlanImportException? error)
    {
        string Where(int line) => line <= 0 ? "" : document?.Where(line) ?? $"line {line}";

        var json = new JsonObject
        {
            ["file"] = file,
            ["format"] = document?.Format,
            ["dryRun"] = dryRun,
            ["imported"] = !dryRun && error is null && report is not null,
        };
        if (report?.Plan is { } plan)
        {
            json["plan"] = new JsonObject { ["code"] = plan.Code, ["title"] = plan.Title, ["year"] = plan.Year, ["issuer"] = plan.Issuer };
            json["counts"] = new JsonObject
            {
                ["targets"] = report.TargetCount, ["tasks"] = report.TaskCount, ["sections"] = report.SectionCount, ["groups"] = report.GroupCount,
                ["departments"] = report.DepartmentCount, ["districts"] = report.DistrictCount, ["leaders"] = report.LeaderCount,
            };
            if (!dryRun)
            {
                json["rowsChanged"] = report.RowsChanged;
            }
        }
        json["unknownNames"] = new JsonArray([.. (report?.UnknownNames ?? []).Select(n => (JsonNode)new JsonObject
        {
            ["kind"] = n.Kind, ["name"] = n.Name, ["column"] = n.Column, ["line"] = n.Line, ["where"] = Where(n.Line),
        })]);
        json["newNames"] = new JsonArray([.. (report?.NewNames ?? []).Select(n => (JsonNode)new JsonObject
        {
            ["kind"] = n.Kind, ["name"] = n.Name, ["column"] = n.Column, ["line"] = n.Line, ["where"] = Where(n.Line),
        })]);
        json["corrections"] = new JsonArray([.. (report?.Corrections ?? []).OrderBy(c => c.Line).Select(c => (JsonNode)new JsonObject
        {
            ["kind"] = c.Kind.ToString(), ["from"] = c.From, ["to"] = c.To, ["line"] = c.Line, ["where"] = Where(c.Line), ["message"] = c.Message,
        })]);
        json["taskChanges"] = new JsonArray([.. (report?.TaskChanges ?? []).Select(c => (JsonNode)new JsonObject
        {
            ["kind"] = c.Kind.ToString(), ["from"] = c.From, ["to"] = c.To, ["line"] = c.Line, ["where"] = Where(c.Line), ["text"] = c.Text,
            ["reports"] = c.Reports,
        })]);
        var errors = error?.Problems ?? [];
        json["errors"] = new JsonArray([.. errors.Select(p => (JsonNode)new JsonObject { ["line"] = p.Line, ["where"] = Where(p.Line), ["message"] = p.Reason })]);
        return json.ToJsonString(Options);
    }
}
