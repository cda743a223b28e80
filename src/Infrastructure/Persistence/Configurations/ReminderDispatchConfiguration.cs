using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Infrastructure.Reminders;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class ReminderDispatchConfiguration : IEntityTypeConfiguration<ReminderDispatch>
{
    public void Configure(EntityTypeBuilder<ReminderDispatch> builder)
    {
        // The key is the claim: a second process inserting it breaks the primary key and knows it was sent.
        builder.HasKey(d => d.Key);
        builder.Property(d => d.Key).HasMaxLength(ReminderDispatch.MaxKeyLength);
        builder.Property(d => d.ClaimedBy).HasMaxLength(128);
    }
}
