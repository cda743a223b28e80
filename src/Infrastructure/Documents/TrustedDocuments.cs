using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Documents;

/// <summary>Registers documents by their SHA-256 and finds them again; registered documents never change, so they are cached.</summary>
public sealed class TrustedDocuments(WuzhongDbContext db, ChangeRecorder changes, TimeProvider clock)
{
    public const string Prefix = "sha256:";
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string HashOf(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    /// <returns>The document's id, sha256:…, and whether it was new.</returns>
    public async Task<(string Id, bool Added)> RegisterAsync(string name, string body, CancellationToken cancellationToken)
    {
        var hash = HashOf(body);
        if (await db.TrustedDocuments.AnyAsync(d => d.Hash == hash, cancellationToken))
        {
            return (Prefix + hash, false);
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.TrustedDocuments.Add(new TrustedDocument { Hash = hash, Body = body, Name = name, RegisteredAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            await changes.RecordAsync(new DataChange { Kind = ChangeKind.DocumentRegistered }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (Prefix + hash, true);
        }
        catch (DbUpdateException)
        {
            // Another process registered it first (servers starting together register the dashboard's documents).
            db.ChangeTracker.Clear();
            if (await db.TrustedDocuments.AnyAsync(d => d.Hash == hash, cancellationToken))
            {
                return (Prefix + hash, false);
            }
            throw;
        }
    }

    /// <summary>The text of a registered document, or null; ids not of the form sha256:&lt;64 hex digits&gt; find nothing.</summary>
    public async Task<string?> FindAsync(string documentId, CancellationToken cancellationToken)
    {
        if (!documentId.StartsWith(Prefix, StringComparison.Ordinal) || documentId.Length != Prefix.Length + 64)
        {
            return null;
        }
        var hash = documentId[Prefix.Length..].ToLowerInvariant();
        if (Cache.TryGetValue(hash, out var cached))
        {
            return cached;
        }
        var body = await db.TrustedDocuments.AsNoTracking().Where(d => d.Hash == hash).Select(d => d.Body).SingleOrDefaultAsync(cancellationToken);
        if (body is not null)
        {
            Cache[hash] = body;
        }
        return body;
    }
}
