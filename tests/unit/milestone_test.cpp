// Milestones: docs/rules.md, "Milestones".

#include "rules/errors.hpp"
#include "rules/milestone.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

namespace {

const Date kDue(2019, 3, 31);
Date day(int y, int m, int dd) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(dd));
}

} // namespace

TEST(Milestone, DoneByTheDueDateIsDone) {
    EXPECT_EQ((Milestone{kDue, kDue}.status(day(2019, 6, 1))), MilestoneStatus::Done);
    EXPECT_EQ((Milestone{kDue, day(2019, 1, 10)}.status(day(2019, 6, 1))), MilestoneStatus::Done);
}

TEST(Milestone, DoneAfterTheDueDateIsDoneLate) {
    EXPECT_EQ((Milestone{kDue, day(2019, 4, 1)}.status(day(2019, 6, 1))),
              MilestoneStatus::DoneLate);
}

TEST(Milestone, NotDoneAfterTheDueDateIsOverdue) {
    EXPECT_EQ((Milestone{kDue, std::nullopt}.status(day(2019, 4, 1))), MilestoneStatus::Overdue);
}

TEST(Milestone, NotDoneWithinTheWarningWindowIsDueSoon) {
    EXPECT_EQ((Milestone{kDue, std::nullopt}.status(day(2019, 3, 1))), MilestoneStatus::DueSoon);
    EXPECT_EQ((Milestone{kDue, std::nullopt}.status(kDue)), MilestoneStatus::DueSoon);
    EXPECT_EQ((Milestone{kDue, std::nullopt}.status(day(2019, 3, 21), 10)),
              MilestoneStatus::DueSoon);
}

TEST(Milestone, NotDoneBeforeTheWindowIsOnTrack) {
    EXPECT_EQ((Milestone{kDue, std::nullopt}.status(day(2019, 2, 28))), MilestoneStatus::OnTrack);
    EXPECT_EQ((Milestone{kDue, std::nullopt}.status(day(2019, 3, 20), 10)),
              MilestoneStatus::OnTrack);
}

TEST(Milestone, NegativeWarningWindowIsAnInputError) {
    EXPECT_THROW((Milestone{kDue, std::nullopt}.status(kDue, -1)), InvalidArgument);
}

TEST(Milestone, DaysLateCountsToCompletionOrToAsOf) {
    EXPECT_EQ((Milestone{kDue, day(2019, 4, 10)}.daysLate(day(2019, 12, 31))), 10);
    EXPECT_EQ((Milestone{kDue, std::nullopt}.daysLate(day(2019, 4, 30))), 30);
    EXPECT_EQ((Milestone{kDue, day(2019, 3, 1)}.daysLate(day(2019, 12, 31))), 0);
    EXPECT_EQ((Milestone{kDue, std::nullopt}.daysLate(day(2019, 1, 1))), 0);
}

TEST(Milestone, KeywordsAreStableEnglishWords) {
    EXPECT_EQ(keyword(MilestoneStatus::Done), "done");
    EXPECT_EQ(keyword(MilestoneStatus::DoneLate), "done late");
    EXPECT_EQ(keyword(MilestoneStatus::Overdue), "overdue");
    EXPECT_EQ(keyword(MilestoneStatus::DueSoon), "due soon");
    EXPECT_EQ(keyword(MilestoneStatus::OnTrack), "on track");
}
