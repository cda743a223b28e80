namespace Wuzhong.Domain.Reporting;

/// <summary>A submission rule that does not hold: its code, a message for people, and the input field at fault.</summary>
public sealed record RuleViolation(string Code, string Message, string Field);
