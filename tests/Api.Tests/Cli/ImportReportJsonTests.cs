using System.Text.Json.Nodes;
using Wuzhong.Api.Cli;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Import.Documents;
using Wuzhong.Infrastructure.Tests.Import.Documents;

namespace Wuzhong.Api.Tests.Cli;

/// <summary><c>import --dry-run --report json</c>: what a script reads of a Word document with unknown names.</summary>
public sealed class ImportReportJsonTests
{
    [Fact]
    public void A_dry_run_report_lists_the_plan_its_counts_and_every_unknown_name_and_repair_with_its_place_in_the_document()
    {
        var plan = new PublishedPlan(["苏州市吴中区人民政府文件", "吴政发〔2024〕9号", "苏州市吴中区人民政府2024年主要工作任务分解方案"],
        [
            ["序号", "名称", "工作任务", "主要责任部门", "主要责任板块", "分管区领导"],
            ["二、工作任务分解", "", "", "", "", ""],
            ["(一) 实施产业强区工程", "", "", "", "", ""],
            ["1", "第一组", "(1) 任务一。", "★资规局、火星办", "金庭镇", "周学斌"],
            ["", "", "(2) 任务二。", "★区税务局", "", "李 烨"],
        ]);
        var document = PlanDocumentReader.Read(PlanDocumentWriters.Docx(plan), "plan.docx");
        // The check reads no database: a dry run's.
        var reference = ReferenceData.Load(Path.Combine(AppContext.BaseDirectory, "data", "reference"));
        var (_, report) = new PlanImporter(db: null!, ReferenceLibrary.Of(reference), changes: null!).Check(document);

        var json = JsonNode.Parse(ImportReportJson.Write("plan.docx", document, report, dryRun: true, error: null))!;

        Assert.Equal(("Word (.docx)", true, false), ((string)json["format"]!, (bool)json["dryRun"]!, (bool)json["imported"]!));
        Assert.Equal(("吴政发〔2024〕9号", 2024, "苏州市吴中区人民政府"), ((string)json["plan"]!["code"]!, (int)json["plan"]!["year"]!, (string)json["plan"]!["issuer"]!));
        Assert.Equal(2, (int)json["counts"]!["tasks"]!);
        Assert.Equal(["department 火星办 row 4 of table 1", "department 区税务局 row 5 of table 1"],
            json["unknownNames"]!.AsArray().Select(n => $"{n!["kind"]} {n["name"]} {n["where"]}"));
        Assert.Contains(json["corrections"]!.AsArray(), c => (string)c!["kind"]! == "AliasResolved" && (string)c["from"]! == "资规局" && (string)c["to"]! == "资规分局");
        Assert.Contains(json["corrections"]!.AsArray(), c => (string)c!["kind"]! == "StraySpaceRemoved" && (string)c["to"]! == "李烨");
        Assert.Empty(json["errors"]!.AsArray());
    }
}
