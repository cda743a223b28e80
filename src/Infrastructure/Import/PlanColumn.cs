namespace Wuzhong.Infrastructure.Import;

/// <summary>What a column of a plan's table holds, whatever its header says.</summary>
public enum PlanColumn
{
    /// <summary>序号: a group's number (and, in tables without a number in the task's text, the task's).</summary>
    Number,

    /// <summary>名称 / 项目: a target's or a group's name.</summary>
    Name,

    /// <summary>工作任务 / 重点工作目标任务 / 任务内容: the target's or task's text.</summary>
    Text,

    /// <summary>主要责任部门: the departments, the lead ones marked ★.</summary>
    Departments,

    /// <summary>牵头单位: the lead departments, in a column of their own.</summary>
    LeadDepartments,

    /// <summary>配合单位 (or 责任单位 beside a 牵头单位 column): the supporting departments.</summary>
    SupportingDepartments,

    /// <summary>主要责任板块: the districts, zones, towns and streets concerned.</summary>
    Districts,

    /// <summary>分管区领导 / 牵头领导 / 责任领导: the supervising leaders.</summary>
    Leaders,
}
