using Wuzhong.Domain.Access;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Api.GraphQL.Callers;

/// <summary>The caller of a request: the actor the reporting rules see, and whether a token vouched for it.</summary>
public sealed record Caller(Actor Actor, bool Authenticated);
