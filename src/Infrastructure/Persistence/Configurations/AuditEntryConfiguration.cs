using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Auditing;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const int MaxActorLength = 128;
    public const int MaxRolesLength = 128;
    public const int MaxActionLength = 64;
    /// <summary>
    /// Room for any input the rules accept as JSON: a summary of 2,000 characters may take 8,000 UTF-16 units, and
    /// JSON writes an emoji's unit as a six-character escape. A refused input beyond it is kept clipped.
    /// </summary>
    public const int MaxInputLength = 64_000;
    public const int MaxOutcomeLength = 512;

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(MaxActorLength).IsRequired();
        builder.Property(a => a.Roles).HasMaxLength(MaxRolesLength).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(MaxActionLength).IsRequired();
        builder.Property(a => a.Input).HasMaxLength(MaxInputLength).IsRequired();
        builder.Property(a => a.Outcome).HasMaxLength(MaxOutcomeLength).IsRequired();
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.Actor);
    }
}
