using GraphQL;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.GraphQL.Data;

/// <summary>The Wuzhong resolvers' way to the request's context, typed (the engine sees it as a plain DbContext).</summary>
public static class WuzhongResolveContext
{
    public static WuzhongDbContext Db(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<WuzhongDbContext>();
}
