using GraphQL.Types;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Errors;

/// <summary>
/// Every code a rejected mutation carries (<see cref="ReportingErrorCodes"/>), as an enum a client can switch on
/// exhaustively. A code the Domain adds without a description here stops the schema from building.
/// </summary>
public sealed class InputErrorCodeType : EnumerationGraphType
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [ReportingErrorCodes.TaskNotFound] = "No task has the id given.",
        [ReportingErrorCodes.TaskWithdrawn] = "An amended plan withdrew the task: its reports are kept, it takes no more.",
        [ReportingErrorCodes.TargetNotFound] = "No target has the id given.",
        [ReportingErrorCodes.DepartmentNotFound] = "No department has the id given.",
        [ReportingErrorCodes.DepartmentRequired] = "The caller reports for several departments (or supervises): say which one reports.",
        [ReportingErrorCodes.NotResponsible] = "The department is not responsible for the task or target.",
        [ReportingErrorCodes.NotYourDepartment] = "The caller's token does not let it report for that department.",
        [ReportingErrorCodes.PeriodInvalid] = "The period is not written as YYYY-MM.",
        [ReportingErrorCodes.PeriodNotFound] = "No reporting period exists for that month.",
        [ReportingErrorCodes.PeriodClosed] = "A supervisor closed the period: it takes no more reports.",
        [ReportingErrorCodes.PeriodNotOpen] = "The period has not opened yet.",
        [ReportingErrorCodes.PeriodNotInPlan] = "The period is not in the plan year of the task or target.",
        [ReportingErrorCodes.InvalidStatus] = "The status cannot be reported (NOT_REPORTED).",
        [ReportingErrorCodes.OutOfRange] = "A number is outside its range (a percent outside 0–100, a negative figure).",
        [ReportingErrorCodes.CompletedNeeds100] = "A COMPLETED task must report 100%.",
        [ReportingErrorCodes.InvalidText] = "The text holds a NUL character or a broken surrogate pair.",
        [ReportingErrorCodes.SummaryEmpty] = "The summary is empty.",
        [ReportingErrorCodes.SummaryTooLong] = "The summary is longer than the limit.",
        [ReportingErrorCodes.Conflict] = "Concurrent submissions kept winning the race; send the report again.",
    };

    public InputErrorCodeType()
    {
        Name = "InputErrorCode";
        Description = "Why a mutation's input was rejected; one code per broken rule.";
        var codes = typeof(ReportingErrorCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        foreach (var code in codes)
        {
            Add(code, code, Descriptions.TryGetValue(code, out var description) ? description
                : throw new InvalidOperationException($"InputErrorCode {code} has no description"));
        }
    }
}
