/** FEEDBACK and FEEDBACK_RETENTION_DAYS: defaults, accepted values, and problems in plain words. */
import { describe, expect, it } from "vitest";
import { readFeedbackSettings } from "../../src/feedback/settings.js";

describe("the feedback settings", () => {
  it("record by default, for 90 days", () => {
    expect(readFeedbackSettings({})).toEqual({ enabled: true, retentionDays: 90 });
    expect(readFeedbackSettings({ FEEDBACK: "", FEEDBACK_RETENTION_DAYS: " " })).toEqual({
      enabled: true,
      retentionDays: 90,
    });
  });

  it("are switched off with FEEDBACK=off, in any case", () => {
    expect(readFeedbackSettings({ FEEDBACK: "OFF" })).toEqual({ enabled: false, retentionDays: 90 });
    expect(readFeedbackSettings({ FEEDBACK: " on ", FEEDBACK_RETENTION_DAYS: "30" })).toEqual({
      enabled: true,
      retentionDays: 30,
    });
  });

  it("name the variable and what is wrong, never accepting a retention of none or of decades", () => {
    expect(readFeedbackSettings({ FEEDBACK: "yes" })).toEqual({ problems: ["FEEDBACK must be on or off"] });
    for (const days of ["0", "-5", "3651", "ninety", "1.5"])
      expect(readFeedbackSettings({ FEEDBACK_RETENTION_DAYS: days })).toEqual({
        problems: ["FEEDBACK_RETENTION_DAYS must be a whole number of days from 1 to 3650"],
      });
  });
});
