namespace Wuzhong.Infrastructure.Import;

/// <summary>What the notice before the table says about the plan: its code, titles, issuer and year.</summary>
/// <remarks><paramref name="Code"/> is null for a document published without one.</remarks>
public sealed record PlanPreamble(string? Code, string Title, string Issuer, int Year);
