using Microsoft.Net.Http.Headers;

namespace Wuzhong.GraphQLEngine.Http;

/// <summary>The media types of the GraphQL-over-HTTP specification, and the negotiation of the response's.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an Accept header: application/graphql-response+json when the client names it,
    /// application/json when it names that or accepts anything (*/*, application/*, or no Accept header, as the
    /// specification asks of servers while legacy clients are about); null when it accepts neither (406).
    /// </summary>
    public static string? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace))
        {
            return Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var values))
        {
            return null;
        }
        string? best = null;
        double bestQuality = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1;
            var candidate = value.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponse => GraphQLResponse,
                Json => Json,
                "application/*" or "*/*" => Json,
                _ => null,
            };
            // On a tie of quality, graphql-response+json wins: it carries the precise status codes.
            if (candidate is not null && quality > 0 && (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    /// <summary>Whether a request's Content-Type is JSON in UTF-8 (no charset means UTF-8).</summary>
    public static bool IsJsonRequest(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var value)
        && string.Equals(value.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (value.Charset.Value is null || string.Equals(value.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
