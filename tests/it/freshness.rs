//! When each shipped fix was last verified: `check` dates fixes against `SIGNUP_DOCTOR_TODAY` (else
//! the UTC date), so the same tree gives the same findings in CI every day, and the shipped fixes
//! COVERAGE.md cites a dated Microsoft page for carry their source and the day they were checked.

use crate::common::doctor;

fn check_on(today: &str) -> (String, Option<i32>) {
    let output = doctor()
        .env("SIGNUP_DOCTOR_TODAY", today)
        .args(["check", "--flows", "flows", "--locales", "locales"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (String::from_utf8(output.stdout).unwrap(), output.status.code())
}

#[test]
fn the_shipped_fixes_are_fresh_today_and_each_dated_one_warns_a_year_and_a_day_later() {
    assert_eq!(check_on("2026-12-07"), ("0 errors, 0 warnings\n".to_string(), Some(0)));
    // 2027-12-08 is 366 days after 2026-12-07, past root.yaml's `stale-after-days: 365`.
    let (stdout, code) = check_on("2027-12-08");
    assert_eq!(code, Some(0), "old dates are warnings: {stdout}");
    let warned: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains(": warning: fix `") && l.contains("(366 days ago, more than 365)"))
        .collect();
    // How many dated fixes each file holds (flows/COVERAGE.md, "When each fix was last verified").
    let dated = [
        ("azure-in-open.yaml", 11),
        ("benefit-plans.yaml", 2),
        ("card-declined.yaml", 3),
        ("free-trial.yaml", 1),
        ("partner-center.yaml", 3),
        ("past-due.yaml", 6),
        ("support-ticket.yaml", 8),
        ("verification.yaml", 6),
    ];
    let mut files: Vec<(&str, usize)> = Vec::new();
    for file in warned
        .iter()
        .filter_map(|l| l.strip_prefix("flows/")?.split(':').next())
    {
        match files.last_mut() {
            Some((last, count)) if *last == file => *count += 1,
            _ => files.push((file, 1)),
        }
    }
    assert_eq!(files, dated, "{stdout}");
    assert!(stdout.ends_with("0 errors, 40 warnings\n"), "{stdout}");
}

#[test]
fn a_date_after_today_is_an_error() {
    let (stdout, code) = check_on("2026-12-06");
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains(
            "flows/past-due.yaml:83:15: error: fix `pay-now` was verified on 2026-12-07, after today (2026-12-06): write the day it was checked"
        ),
        "{stdout}"
    );
}

#[test]
fn a_today_that_is_not_a_day_is_a_usage_error() {
    let output = doctor()
        .env("SIGNUP_DOCTOR_TODAY", "07/12/2026")
        .args(["check"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("SIGNUP_DOCTOR_TODAY is `07/12/2026`: write the day as YYYY-MM-DD"),
        "{stderr}"
    );
}
