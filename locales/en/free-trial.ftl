-free-trial-terms-of-use = { -azure } Terms of Use
-free-trial-payg = Pay-As-You-Go

free-trial-title = Can't activate the { -free-trial }
free-trial-start = Have you ever had an { -azure } subscription of any kind?
free-trial-start-hint = The { -free-trial-terms-of-use } allow a single { -free-trial }, and only for someone who has never used { -azure }.
free-trial-start-had-azure = Yes, I've had an { -azure } subscription before
free-trial-start-first-time = No, I've never used { -azure }
free-trial-start-unsure = I don't know

free-trial-alternatives = Do you belong to a program that comes with { -azure } benefits, such as { -visual-studio } subscriptions, the { -mpn } or { -startups }?
free-trial-alternatives-hint = Once you've had any { -azure } subscription, the { -free-trial } can't be activated. A benefit offer or a { -free-trial-payg } subscription can take its place.
free-trial-alternatives-benefit = Yes, I'm in a benefit program
free-trial-alternatives-no-benefit = No, or I'm not sure

free-trial-pay-as-you-go = Choose another offer instead of the free account
free-trial-pay-as-you-go-offers = Open the { -microsoft } { -azure } offer details page and compare the offers you can get instead of the free account.
free-trial-pay-as-you-go-benefit = If you might qualify for a benefit offer, check its prerequisites first: each benefit plan sets its own.
free-trial-pay-as-you-go-buy = Otherwise, buy a { -free-trial-payg } subscription.

free-trial-first-time = What stops your sign-up?
free-trial-check-history = Does the account already have a subscription?
free-trial-check-history-hint = Sign in to the { -azure-portal } with the account you want to use and open "Subscriptions". Any subscription listed, even a disabled or expired one, means this account has used { -azure } before.
free-trial-check-history-listed = Yes, at least one subscription is listed
free-trial-check-history-none = No, the list is empty
free-trial-first-time-hint = As someone new to { -azure }, you can get the free account. Most first sign-ups stop at the phone check or at the card.
free-trial-first-time-phone = The phone verification
free-trial-first-time-card = My card isn't accepted
free-trial-first-time-other = Something else
free-trial-no-fix = You should be able to get the free account. Billing support can find out why it fails: say which step stops and what it shows.
