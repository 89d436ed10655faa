# Topic: activating an Azure benefit plan (MSDN / Visual Studio, MPN, BizSpark, BizSpark Plus).
-benefit-plans-cloud-competencies = Solutions Partner designations (formerly Cloud Platform Competencies)

benefit-plans-title = I can't activate an { -azure } benefit plan

benefit-plans-start = Which benefit are you trying to activate?
benefit-plans-start-hint = Each benefit is checked by its own program, so the fix depends on which one you have.
benefit-plans-start-msdn = A { -visual-studio } subscription (formerly { -msdn })
benefit-plans-start-mpn = Membership of the { -mpn(form: "formerly") }
benefit-plans-start-bizspark = { -startups } (formerly { -bizspark } or { -bizspark-plus })
benefit-plans-start-none = None of these

benefit-plans-msdn-what = What happened when you tried to activate the benefit of your { -visual-studio } subscription?
benefit-plans-msdn-what-error = I got an error during sign-up, or the subscription stays pending
benefit-plans-msdn-what-refused = I'm told I'm not eligible, or I don't know whether I am

benefit-plans-mpn-what = What happened when you tried to activate your { -mpn } benefit?
benefit-plans-mpn-what-error = I got an error during sign-up, or the subscription stays pending
benefit-plans-mpn-what-refused = I'm told I'm not eligible, or I don't know whether I am

benefit-plans-bizspark-what = What happened when you tried to activate your { -startups } credits?
benefit-plans-bizspark-what-error = I got an error during sign-up, or the subscription stays pending
benefit-plans-bizspark-what-refused = I'm told I'm not eligible, or I don't know whether I am
benefit-plans-what-other = Something else: the credit doesn't show, or the benefit has ended

benefit-plans-setup-status = Check whether the subscription was set up anyway
benefit-plans-setup-status-hint = An error at sign-up does not always mean it failed: the setup may have finished.
benefit-plans-setup-status-open = Open the "Subscriptions" page in the { -azure-portal } (formerly the { -account-center }).
benefit-plans-setup-status-find = Look for your new benefit subscription in the list.
benefit-plans-setup-status-wait = If it is there but not active yet, wait a few minutes and refresh the page.
benefit-plans-setup-status-email = Check your inbox: you get an email once the subscription is active.
benefit-plans-setup-status-eligible = If no new subscription is listed at all, eligibility may be the cause: go back and choose the answer about eligibility.

benefit-plans-msdn-eligibility = Check your eligibility through your { -visual-studio } subscription
benefit-plans-msdn-eligibility-sign-in = Sign in to the benefits page of your { -visual-studio } subscription (formerly { -msdn }).
benefit-plans-msdn-eligibility-status = Check your eligibility status for the { -azure } benefit.
benefit-plans-msdn-eligibility-retry = If it says you are eligible, activate the benefit again.
benefit-plans-msdn-no-fix = Only { -visual-studio } subscriptions support can confirm what your subscription includes. Give them the email address it is assigned to and its level: the summary below has blanks for both.


benefit-plans-mpn-eligibility = Check your { -mpn } eligibility
benefit-plans-mpn-eligibility-sign-in = Sign in to { -partner-center } (it replaced the MPN portal), where your { -mpn } membership is managed.
benefit-plans-mpn-eligibility-status = Check your eligibility status for the { -azure } benefit.
benefit-plans-mpn-eligibility-competencies = Check whether you hold { -benefit-plans-cloud-competencies }: the right ones can give you more benefits.
benefit-plans-mpn-eligibility-retry = If it says you are eligible, activate the benefit again.
benefit-plans-mpn-no-fix = Only { -partner-center } support can confirm your membership's benefits. Give them your PartnerID and your tenant domain: the summary below has blanks for both.


benefit-plans-bizspark-eligibility = Check your { -startups } benefits
benefit-plans-bizspark-eligibility-hint = { -bizspark } and { -bizspark-plus } are no longer offered: { -azure } credits for startups now come from { -startups }.
benefit-plans-bizspark-eligibility-sign-in = Sign in to the { -startups } portal and open its "Benefits" tab.
benefit-plans-bizspark-eligibility-status = Check that your { -azure } credits are listed there: they must be redeemed within 90 days of accepting the program's agreement.
benefit-plans-bizspark-eligibility-retry = If they are, select "Redeem" to activate them.
benefit-plans-bizspark-no-fix = { -startups } support can check your benefits. Give them your startup's name and the account you sign in with: the summary below has blanks for both.



## no-fix
benefit-plans-no-fix = The benefit subscription still isn't set up. { -azure } billing support can check what blocks it.
