using System.Net.Http.Headers;

namespace Wuzhong.Api.Tests.Support;

/// <summary>
/// For tests that count the SQL a query costs: every request asks for a fresh answer (<c>Cache-Control: no-cache</c>),
/// so that a query an earlier test asked is run again rather than answered from the response cache.
/// </summary>
public static class FreshAnswers
{
    public static HttpClient AskingFresh(this HttpClient http)
    {
        http.DefaultRequestHeaders.CacheControl = new CacheControlHeaderValue { NoCache = true };
        return http;
    }
}
