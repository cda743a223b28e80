using GraphQL.Transport;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Security;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.GraphQLEngine.Limits;
using Wuzhong.Infrastructure.Documents;

namespace Wuzhong.Api.Pipeline;

/// <summary>
/// Apollo's automatic persisted queries (APQ): a request may carry the hash of its text instead of the text. The hash
/// of a registered document finds it (so Apollo's and Relay's hashes of the documents a team registered work for
/// every caller); otherwise the text this process last saw with that hash, for callers who may run ad-hoc documents
/// anyway. The texts are kept per process, as APQ's protocol allows: a process that has not seen a hash answers
/// PersistedQueryNotFound, and the client sends the text once more (one round trip, never a wrong answer).
/// </summary>
public sealed class AutomaticPersistedQueries(IOptions<SecurityPolicyOptions> options, IOptions<RequestLimitOptions> limits) : IDisposable
{
    private readonly MemoryCache _texts = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.PersistedQueryCacheSize) });

    /// <summary>
    /// Puts the text of a hash-only request in <paramref name="request"/>, keeps the text of a request that sends both,
    /// or answers why not. <c>Registered</c>: the hash is a registered document's, which any caller may run.
    /// </summary>
    /// <param name="mayRunAdHoc">Whether the caller may run documents that are not registered (then it may also register them here).</param>
    public async Task<(HttpFailure? Failure, bool Registered)> ResolveAsync(GraphQLRequest request, PersistedQueryExtension persisted, bool mayRunAdHoc,
        Func<string, Task<(HttpFailure? Failure, string? Body)>> findRegistered)
    {
        var settings = options.Value;
        if (request.Query is { } text)
        {
            if (TrustedDocuments.HashOf(text) != persisted.Hash)
            {
                return (new HttpFailure(StatusCodes.Status400BadRequest, ApiErrorCodes.PersistedQueryInvalid,
                    "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query's text (UTF-8)."), false);
            }
            if (mayRunAdHoc)
            {
                if (settings.AutomaticPersistedQueries && text.Length <= limits.Value.MaxQueryLength)
                {
                    _texts.Set(persisted.Hash, text, new MemoryCacheEntryOptions { Size = 1 });
                }
                return (null, false);
            }
        }
        else if (mayRunAdHoc && settings.AutomaticPersistedQueries && _texts.TryGetValue(persisted.Hash, out string? seen))
        {
            request.Query = seen;
            return (null, false);
        }
        var (failure, registered) = await findRegistered(TrustedDocuments.Prefix + persisted.Hash);
        if (failure is not null || registered is not null)
        {
            request.Query ??= registered;
            return (failure, registered is not null);
        }
        if (request.Query is not null)
        {
            // The text of a document that is not registered, from a caller who may only run registered ones: refused as any such text.
            return (null, false);
        }
        // 200, as Apollo Server answers them: Apollo's link sends the text on NotFound and stops hashing on NotSupported.
        return settings.AutomaticPersistedQueries
            ? (new HttpFailure(StatusCodes.Status200OK, ApiErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound"), false)
            : (new HttpFailure(StatusCodes.Status200OK, ApiErrorCodes.PersistedQueryNotSupported, "PersistedQueryNotSupported"), false);
    }

    public void Dispose() => _texts.Dispose();
}
