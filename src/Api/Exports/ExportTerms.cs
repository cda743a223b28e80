namespace Wuzhong.Api.Exports;

/// <summary>
/// The words of an export in the plan's own terms: column titles (<c>leadDepartments.name</c> → 牵头部门,
/// <c>latestReport.period.label</c> → 最新报告报送月份) and enum values (<c>AT_RISK</c> → 存在风险, as the dashboard words
/// them). A field or value without a term keeps its own name, so that every column and cell keeps a meaning.
/// </summary>
public static class ExportTerms
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["id"] = "编号", ["number"] = "序号", ["text"] = "工作任务", ["name"] = "名称", ["title"] = "标题",
        ["plan"] = "计划", ["code"] = "文号", ["year"] = "年度", ["issuer"] = "发文机关",
        ["section"] = "部分", ["ordinal"] = "次序", ["group"] = "任务组", ["tasks"] = "工作任务", ["task"] = "工作任务",
        ["targets"] = "主要预期目标", ["target"] = "主要预期目标",
        ["departments"] = "主要责任部门", ["department"] = "部门", ["leadDepartments"] = "牵头部门", ["isLead"] = "是否牵头",
        ["districts"] = "主要责任板块", ["district"] = "板块", ["coveredDistricts"] = "涉及板块", ["members"] = "所辖板块", ["kind"] = "类型",
        ["leaders"] = "分管区领导", ["leader"] = "分管区领导", ["role"] = "职责",
        ["latestStatus"] = "最新状态", ["latestProgressPercent"] = "最新进度(%)", ["lastReportedPeriod"] = "最近报送月份",
        ["lastReportedAt"] = "最近报送时间", ["isOverdue"] = "是否逾期", ["latestReport"] = "最新报告", ["report"] = "报告",
        ["progressReports"] = "进度报告", ["status"] = "状态", ["progressPercent"] = "进度(%)", ["summary"] = "进展情况",
        ["quantityReached"] = "完成数量", ["submittedAt"] = "报送时间", ["isLate"] = "是否迟报", ["revision"] = "版次",
        ["period"] = "报送月份", ["label"] = "月份", ["month"] = "月", ["dueDate"] = "截止日期", ["isClosed"] = "是否已关闭",
        ["goals"] = "目标", ["value"] = "目标值", ["unit"] = "单位", ["comparison"] = "比较方式", ["latestValue"] = "最新值",
        ["reached"] = "是否达成", ["shareReached"] = "完成比例", ["actualValue"] = "实际值", ["totalCount"] = "总数",
        // The compliance table (督查通报) and grouped aggregates.
        ["rank"] = "排名", ["expected"] = "应报", ["onTime"] = "按时报送", ["late"] = "逾期报送", ["pending"] = "待报送",
        ["missing"] = "逾期未报", ["onTimeRate"] = "按时报送率", ["asOf"] = "统计时间", ["state"] = "报送情况",
        ["expectedReports"] = "应报明细",
        ["count"] = "任务数", ["completedCount"] = "已完成", ["delayedCount"] = "进度滞后", ["atRiskCount"] = "存在风险",
        ["overdueCount"] = "逾期未报", ["notReportedCount"] = "未报送", ["averageProgress"] = "平均进度(%)",
        ["reportCount"] = "报告数", ["lateReportCount"] = "迟报数", ["onTimeReportRate"] = "按时报送率", ["byStatus"] = "各状态",
        ["quarter"] = "季度", ["halfYear"] = "半年",
    };

    /// <summary>Segments that only carry a connection or a group: a title leaves them out (<c>nodes</c>, <c>keys</c> …).</summary>
    private static readonly HashSet<string> Carriers = new(StringComparer.Ordinal) { "nodes", "edges", "node", "keys", "aggregates" };

    /// <summary>Leaves that only say "its name": under a parent, the parent's term is the title (任务组, not 任务组名称).</summary>
    private static readonly HashSet<string> NameLeaves = new(StringComparer.Ordinal) { "name", "label", "title" };

    /// <summary>Each enum value's term, by enum type and value.</summary>
    private static readonly Dictionary<(string Type, string Value), string> Values = new()
    {
        [("TaskStatus", "NOT_REPORTED")] = "未报送", [("TaskStatus", "NOT_STARTED")] = "尚未启动", [("TaskStatus", "ON_TRACK")] = "按序推进",
        [("TaskStatus", "AT_RISK")] = "存在风险", [("TaskStatus", "DELAYED")] = "进度滞后", [("TaskStatus", "COMPLETED")] = "已完成",
        [("TaskRole", "LEAD")] = "牵头", [("TaskRole", "SUPPORTING")] = "配合",
        [("DepartmentKind", "GOVERNMENT_BODY")] = "政府部门", [("DepartmentKind", "STATE_OWNED_ENTERPRISE")] = "国有企业",
        [("DepartmentKind", "PUBLIC_INSTITUTION")] = "事业单位", [("DepartmentKind", "PEOPLES_ORGANISATION")] = "群团组织",
        [("DepartmentKind", "COLLECTIVE")] = "集体条目",
        [("DistrictKind", "DEVELOPMENT_ZONE")] = "开发区", [("DistrictKind", "NEW_TOWN")] = "新城", [("DistrictKind", "TOWN")] = "镇",
        [("DistrictKind", "SUBDISTRICT")] = "街道", [("DistrictKind", "COLLECTIVE")] = "集体条目",
        [("GoalComparison", "ABOUT")] = "左右", [("GoalComparison", "AT_LEAST")] = "以上", [("GoalComparison", "OVER")] = "超过",
        [("GoalComparison", "REACH")] = "达到", [("GoalComparison", "AT_MOST")] = "不超过",
        [("ComplianceState", "ON_TIME")] = "按时报送", [("ComplianceState", "LATE")] = "逾期报送",
        [("ComplianceState", "PENDING")] = "待报送", [("ComplianceState", "MISSING")] = "逾期未报",
        [("AuditResult", "ACCEPTED")] = "已受理", [("AuditResult", "REJECTED")] = "已驳回", [("AuditResult", "REFUSED")] = "已拒绝",
    };

    /// <summary>The title of a column from the field names on its path (aliases are the caller's, not the plan's words).</summary>
    public static string Title(IReadOnlyList<string> fieldPath)
    {
        var segments = fieldPath.Where(segment => !Carriers.Contains(segment)).ToList();
        if (segments.Count > 1 && NameLeaves.Contains(segments[^1]))
        {
            segments.RemoveAt(segments.Count - 1);
        }
        if (segments.Count == 0)
        {
            return string.Join('.', fieldPath);
        }
        // A term said by its parent's is said once: departments.department → 主要责任部门 (not 主要责任部门部门), and
        // goals.value → 目标值 (not 目标目标值).
        var terms = new List<string>();
        foreach (var term in segments.Select(segment => Fields.GetValueOrDefault(segment, segment)))
        {
            if (terms.Count > 0 && term.StartsWith(terms[^1], StringComparison.Ordinal))
            {
                terms[^1] = term;
            }
            else if (terms.Count == 0 || !terms[^1].EndsWith(term, StringComparison.Ordinal))
            {
                terms.Add(term);
            }
        }
        var title = string.Concat(terms);
        return title;
    }

    /// <summary>An enum value in the plan's words; the value itself where there is no term.</summary>
    public static string Value(string enumType, string value) => Values.GetValueOrDefault((enumType, value), value);

    /// <summary>A boolean as a Chinese form would write it.</summary>
    public static string YesNo(bool value) => value ? "是" : "否";
}
