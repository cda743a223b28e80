using GraphQL.Types;
using Wuzhong.Api.Auth;

namespace Wuzhong.Api.GraphQL.Callers;

public static class CallerQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<CallerType>>("me")
            .Description("Who the caller is (subject, roles, departments), as its token says; anonymous without one.")
            .Resolve(context => new Caller(Actors.From(context.User), context.User?.Identity?.IsAuthenticated == true));
}
