using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Auditing;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const int MaxActorLength = 128;
    public const int MaxRolesLength = 128;
    public const int MaxActionLength = 64;
    public const int MaxInputLength = 8000;
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
