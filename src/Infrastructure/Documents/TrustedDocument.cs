namespace Wuzhong.Infrastructure.Documents;

/// <summary>An operation a dashboard registered; callers send <c>documentId: "sha256:&lt;hash&gt;"</c> instead of its text.</summary>
public class TrustedDocument
{
    /// <summary>The SHA-256 of the document's text, lower-case hex.</summary>
    public required string Hash { get; set; }
    public required string Body { get; set; }

    /// <summary>Where it came from (its file name), for people.</summary>
    public required string Name { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
}
