card-declined-title = My credit or debit card is not accepted

## start
card-declined-start = What kind of card are you trying to use?
card-declined-start-hint = If you can't tell, the bank that gave you the card can.
card-declined-start-bank-card = A regular credit or debit card
card-declined-start-prepaid = A virtual or prepaid card
card-declined-start-not-sure = I don't know what kind of card it is

## card-type
card-declined-card-type = Use a kind of card that { -azure } accepts
card-declined-card-type-check = If you're not sure whether your card is virtual or prepaid, ask your bank.
card-declined-card-type-replace = If it is, use a regular credit or debit card instead: { -azure } doesn't accept virtual or prepaid cards, whether credit or debit.
card-declined-card-type-retry = Enter the new card's details on the sign-up page.

## card-country
card-declined-card-country = Check that your card is accepted for your account's country
card-declined-card-country-hint = Which card networks (Visa, Mastercard, American Express…) { -azure } accepts depends on the country of your account.
card-declined-card-country-country = Check which country you chose for your { -azure } account.
card-declined-card-country-provider = Check that your card's network is accepted for that country.
card-declined-card-country-other-card = If it isn't, use a card from a network accepted there.
card-declined-card-country-causes = Go through the other common reasons a card fails at sign-up:

## bank-checks (at sign-up)
card-declined-bank-checks = Ask your bank to let the charge through
card-declined-bank-checks-hint = At sign-up, { -microsoft } puts a small, temporary verification hold on the card (removed within three to five days); when the bank refuses it, only the bank can say why.
card-declined-bank-checks-call = Call your bank or card issuer and tell them a { -microsoft } verification charge was declined.
card-declined-bank-checks-international = Ask them to turn on international transactions for the card.
card-declined-bank-checks-funds = Make sure the card is active and has some credit or funds available for the verification hold.
card-declined-bank-checks-recurring = Ask them to turn on recurring payments for the card.
card-declined-bank-checks-retry = Go back to the sign-up and enter the card again.

## no-fix
card-declined-no-fix = The card is still refused after the bank checks. In your request, say which checks you already did.
