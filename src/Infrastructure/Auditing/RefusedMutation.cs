namespace Wuzhong.Infrastructure.Auditing;

/// <summary>
/// A mutation refused before it ran (401, 403, 429, an invalid document): who sent it (token subject and roles, else
/// the client's address; never the token), what it asked for (its root fields, its text and variables, cut short),
/// and why (status and codes).
/// </summary>
public sealed record RefusedMutation(string Actor, string Roles, string Action, string Input, string Reason);
