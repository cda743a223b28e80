using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Infrastructure.RateLimiting;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class RateCounterConfiguration : IEntityTypeConfiguration<RateCounter>
{
    public void Configure(EntityTypeBuilder<RateCounter> builder)
    {
        builder.HasKey(c => new { c.Budget, c.Caller, c.Minute });
        builder.Property(c => c.Budget).HasMaxLength(16);
        builder.Property(c => c.Caller).HasMaxLength(SharedRateCounters.MaxCallerLength);
        // Old minutes are deleted by minute.
        builder.HasIndex(c => c.Minute);
    }
}
