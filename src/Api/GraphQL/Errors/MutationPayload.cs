using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Errors;

/// <summary>What a mutation returns: the thing written, or the rules broken (and then nothing was written).</summary>
public sealed record MutationPayload<T>(T? Value, IReadOnlyList<RuleViolation> Errors) where T : class;
