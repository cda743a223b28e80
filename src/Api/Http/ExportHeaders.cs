namespace Wuzhong.Api.Http;

/// <summary>
/// The column titles of a workbook in the plan's own terms: each segment of a column's path (<c>group.name</c>) in
/// Chinese where the plan names it (任务组.名称), the field's own name otherwise, so that every column keeps a title.
/// </summary>
public static class ExportHeaders
{
    private static readonly Dictionary<string, string> Terms = new(StringComparer.Ordinal)
    {
        ["id"] = "编号", ["number"] = "序号", ["text"] = "工作任务", ["name"] = "名称", ["title"] = "标题",
        ["plan"] = "计划", ["code"] = "文号", ["year"] = "年度", ["issuer"] = "发文机关",
        ["section"] = "部分", ["ordinal"] = "次序", ["group"] = "任务组", ["tasks"] = "工作任务", ["task"] = "工作任务",
        ["targets"] = "主要预期目标", ["target"] = "主要预期目标",
        ["departments"] = "主要责任部门", ["department"] = "部门", ["leadDepartments"] = "牵头部门", ["isLead"] = "是否牵头",
        ["districts"] = "主要责任板块", ["coveredDistricts"] = "涉及板块", ["members"] = "所辖板块", ["kind"] = "类型",
        ["leaders"] = "分管区领导",
        ["latestStatus"] = "最新状态", ["latestProgressPercent"] = "最新进度(%)", ["lastReportedPeriod"] = "最近报送月份",
        ["lastReportedAt"] = "最近报送时间", ["isOverdue"] = "是否逾期", ["latestReport"] = "最新报告",
        ["progressReports"] = "进度报告", ["status"] = "状态", ["progressPercent"] = "进度(%)", ["summary"] = "进展情况",
        ["quantityReached"] = "完成数量", ["submittedAt"] = "报送时间", ["isLate"] = "是否迟报", ["revision"] = "版次",
        ["period"] = "报送月份", ["label"] = "月份", ["month"] = "月", ["dueDate"] = "截止日期", ["isClosed"] = "是否已关闭",
        ["goals"] = "目标", ["value"] = "目标值", ["unit"] = "单位", ["comparison"] = "比较方式", ["latestValue"] = "最新值",
        ["reached"] = "是否达成", ["shareReached"] = "完成比例", ["actualValue"] = "实际值", ["totalCount"] = "总数",
    };

    public static string Of(string path) => string.Join('.', path.Split('.').Select(segment => Terms.GetValueOrDefault(segment, segment)));
}
