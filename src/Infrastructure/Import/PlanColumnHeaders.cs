namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// The headers under which task-breakdown plans publish each column. A header is compared without spaces, ★ or
/// punctuation, so "主要责任部门（★为牵头单位）" and "责 任 单 位" are known.
/// </summary>
public static class PlanColumnHeaders
{
    private static readonly (PlanColumn Column, string[] Headers)[] Known =
    [
        (PlanColumn.Number, ["序号", "编号", "序"]),
        (PlanColumn.Name, ["名称", "项目", "类别", "工作类别", "指标", "指标名称", "目标名称", "项目名称"]),
        (PlanColumn.Text, ["工作任务", "重点工作目标任务", "任务内容", "工作内容", "目标任务", "重点工作", "主要任务", "具体任务", "工作目标", "目标内容", "重点工作任务"]),
        (PlanColumn.Departments, ["主要责任部门", "责任部门", "主要责任单位", "责任单位", "承办单位"]),
        (PlanColumn.LeadDepartments, ["牵头单位", "牵头部门", "主办单位", "主责单位", "牵头责任单位"]),
        (PlanColumn.SupportingDepartments, ["配合单位", "协办单位", "配合部门", "协同单位"]),
        (PlanColumn.Districts, ["主要责任板块", "责任板块", "板块", "责任板块单位"]),
        (PlanColumn.Leaders, ["分管区领导", "牵头领导", "责任领导", "分管领导", "分管区长", "区领导", "牵头区领导", "责任区领导"]),
    ];

    /// <summary>Every header known, for the message when none is found.</summary>
    public static string Describe() => string.Join("; ", Known.Select(k => string.Join("/", k.Headers.Take(3))));

    /// <summary>The column a header names, if it is one of the known ones.</summary>
    public static PlanColumn? Recognise(string header)
    {
        var key = Key(header);
        if (key.Length == 0)
        {
            return null;
        }
        foreach (var (column, headers) in Known)
        {
            if (headers.Any(h => key == h))
            {
                return column;
            }
        }
        // "主要责任部门（★为牵头单位）", "分管区领导（副区长）": a known header followed by a remark in brackets.
        var bracket = key.IndexOfAny(['(', '（']);
        return bracket > 0 ? Recognise(key[..bracket]) : null;
    }

    private static string Key(string header) =>
        new(header.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c is not '★' and not '*' and not ':' and not '：').ToArray());
}
