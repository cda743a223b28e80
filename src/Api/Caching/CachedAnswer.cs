using GraphQL;
using Microsoft.Net.Http.Headers;

namespace Wuzhong.Api.Caching;

/// <summary>How an answer the cache knows is written: hit or miss in a header, and, where the client can revalidate, its entity tag and 304.</summary>
public static class CachedAnswer
{
    public const string Header = "X-Cache";
    public const string Hit = "HIT";
    public const string Miss = "MISS";
    public const string Bypass = "BYPASS";

    public static async Task<byte[]> SerializeAsync(IGraphQLTextSerializer serializer, ExecutionResult result, CancellationToken cancellationToken)
    {
        if (serializer is IGraphQLSerializer streaming)
        {
            using var buffer = new MemoryStream();
            await streaming.WriteAsync(buffer, result, cancellationToken);
            return buffer.ToArray();
        }
        return System.Text.Encoding.UTF8.GetBytes(serializer.Serialize(result));
    }

    public static async Task WriteAsync(HttpContext http, CachedResponse answer, string state, bool revalidates)
    {
        var headers = http.Response.Headers;
        headers[Header] = state;
        if (revalidates)
        {
            headers.ETag = answer.ETag;
            // Kept by clients, but asked about each time: the data can change at any moment.
            headers.CacheControl = "no-cache";
            headers.Vary = "Accept, Authorization";
            if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var tags)
                && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag == answer.ETag))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = answer.MediaType + "; charset=utf-8";
        http.Response.ContentLength = answer.Body.Length;
        await http.Response.Body.WriteAsync(answer.Body, http.RequestAborted);
    }
}
