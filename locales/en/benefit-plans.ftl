# Topic: activating an Azure benefit plan (MSDN / Visual Studio, MPN, BizSpark, BizSpark Plus).
-benefit-plans-cloud-competencies = Solutions Partner designations (formerly Cloud Platform Competencies)

benefit-plans-title = I can't activate an { -azure } benefit plan

benefit-plans-start = Which benefit are you trying to activate?
benefit-plans-start-hint = Each benefit is checked by its own program, so the fix depends on which one you have.
benefit-plans-start-msdn = A { -visual-studio } subscription (formerly { -msdn })
benefit-plans-start-mpn = Membership of the { -mpn(form: "formerly") }
benefit-plans-start-bizspark = { -bizspark } or { -bizspark-plus }
benefit-plans-start-open = { -azure-in-open } (I have an OSA key or tokens)
benefit-plans-start-none = None of these

benefit-plans-msdn-what = What happened when you tried to activate the benefit of your { -visual-studio } subscription?
benefit-plans-msdn-what-error = I got an error during sign-up, or the subscription stays pending
benefit-plans-msdn-what-refused = I'm told I'm not eligible, or I don't know whether I am

benefit-plans-mpn-what = What happened when you tried to activate your { -mpn } benefit?
benefit-plans-mpn-what-error = I got an error during sign-up, or the subscription stays pending
benefit-plans-mpn-what-refused = I'm told I'm not eligible, or I don't know whether I am

benefit-plans-bizspark-what = What happened when you tried to activate your { -bizspark } benefit?
benefit-plans-bizspark-what-error = I got an error during sign-up, or the subscription stays pending
benefit-plans-bizspark-what-refused = I'm told I'm not eligible, or I don't know whether I am

benefit-plans-setup-status = Check whether the subscription was set up anyway
benefit-plans-setup-status-hint = An error at sign-up does not always mean it failed: the setup may have finished.
benefit-plans-setup-status-open = Open the "Subscriptions" page in the { -azure-portal } (formerly the { -account-center }).
benefit-plans-setup-status-find = Look for your new benefit subscription in the list.
benefit-plans-setup-status-wait = If it is there but not active yet, wait a few minutes and refresh the page.
benefit-plans-setup-status-email = Check your inbox: you get an email once the subscription is active.
benefit-plans-setup-status-support = Still pending after more than four minutes? Contact { -azure } Support.

benefit-plans-msdn-eligibility = Check your eligibility through your { -visual-studio } subscription
benefit-plans-msdn-eligibility-sign-in = Sign in to the benefits page of your { -visual-studio } subscription (formerly { -msdn }).
benefit-plans-msdn-eligibility-status = Check your eligibility status for the { -azure } benefit.
benefit-plans-msdn-eligibility-retry = If it says you are eligible, activate the benefit again.

benefit-plans-msdn-contact = Ask { -visual-studio } subscriptions support to confirm your eligibility
benefit-plans-msdn-contact-open = Open the { -visual-studio } subscriptions support page (it replaces the { -msdn } customer service centers).
benefit-plans-msdn-contact-ask = Contact them from that page and ask them to confirm your eligibility status.
benefit-plans-msdn-contact-retry = Once they confirm it, activate the benefit again.

benefit-plans-mpn-eligibility = Check your { -mpn } eligibility
benefit-plans-mpn-eligibility-sign-in = Sign in to { -partner-center } (it replaced the MPN portal), where your { -mpn } membership is managed.
benefit-plans-mpn-eligibility-status = Check your eligibility status for the { -azure } benefit.
benefit-plans-mpn-eligibility-competencies = Check whether you hold { -benefit-plans-cloud-competencies }: the right ones can give you more benefits.
benefit-plans-mpn-eligibility-retry = If it says you are eligible, activate the benefit again.

benefit-plans-mpn-contact = Ask { -partner-center } support to confirm your eligibility
benefit-plans-mpn-contact-open = In { -partner-center }, open "{ -help-support }" and create a request.
benefit-plans-mpn-contact-ask = Ask them to confirm your eligibility status.
benefit-plans-mpn-contact-retry = Once they confirm it, activate the benefit again.

benefit-plans-bizspark-eligibility = Check your { -bizspark } eligibility
benefit-plans-bizspark-eligibility-sign-in = Sign in to the Microsoft for Startups portal, which took over from { -bizspark }.
benefit-plans-bizspark-eligibility-status = Check your eligibility status for both { -bizspark } and { -bizspark-plus }.
benefit-plans-bizspark-eligibility-retry = If it says you are eligible, activate the benefit again.

benefit-plans-bizspark-contact = Email { -bizspark } support to confirm your status
benefit-plans-bizspark-contact-write = Write to bizspark@microsoft.com with the subject "BizSpark Support".
benefit-plans-bizspark-contact-names = Give your contact name and your startup's name.
benefit-plans-bizspark-contact-account = Give the { -microsoft } account (Live ID) you sign in with.
benefit-plans-bizspark-contact-issue = Describe the exact issue you see, or your question.

benefit-plans-no-benefit = Each benefit plan has its own prerequisites: you need to belong to its program first. Start over and pick the topic that matches your case.

## no-fix
benefit-plans-no-fix = The benefit subscription still isn't set up. { -azure } Support can check what blocks it.
