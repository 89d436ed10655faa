verification-title = Phone verification: no text message or call
verification-start = Which verification option did you use, and what happened?
verification-start-hint = During sign-up, { -azure } checks your phone number by sending you a code in a text message or by calling you. VoIP numbers (internet phone services) can't be used.
verification-start-no-sms = I chose "Send text message" and no text arrives
verification-start-no-call = I chose "Call me" and my phone never rings
verification-start-both = I tried both, and neither reached me

verification-sms-checks = Receive the verification text
verification-sms-checks-number = Check the phone number you typed, digit by digit.
verification-sms-checks-country = Check that the country code picked in the drop-down menu is your number's country.
verification-sms-checks-sms = Make sure this number can receive text messages (SMS).
verification-sms-checks-signal = On a mobile phone, move to a place with good signal.
verification-sms-checks-wait = After choosing "Send text message", allow up to 4 minutes for the code to arrive.
verification-sms-checks-code = When the text arrives, enter its code in the text box, then click the verification button.

verification-call-me = Get a call instead
verification-call-me-choose = Choose "Call me" instead of "Send text message".
verification-call-me-calls = Make sure this number can receive phone calls.
verification-call-me-answer = Keep your phone at hand and answer the call to finish verifying.

verification-call-checks = Get the verification call through
verification-call-checks-number = Check the phone number you typed, digit by digit.
verification-call-checks-country = Check the country code selected in the drop-down menu.
verification-call-checks-calls = Make sure this number can receive phone calls.
verification-call-checks-signal = On a mobile phone, stay where the signal is good.
verification-call-checks-retry = Choose "Call me" again and answer when the phone rings.

verification-text-me = Get a text message instead
verification-text-me-choose = Choose "Send text message" instead of "Call me".
verification-text-me-sms = Make sure this number can receive text messages (SMS).
verification-text-me-wait = Give the text up to 4 minutes to arrive.
verification-text-me-code = Type the code from the text in the text box, then click the verification button.

verification-number-checks = Check the number before anything else
verification-number-checks-number = Check the phone number you typed, digit by digit.
verification-number-checks-country = Check that the country code picked in the drop-down menu matches your number.
verification-number-checks-reach = Make sure this number can receive both text messages (SMS) and phone calls.
verification-number-checks-signal = On a mobile phone, move to a place with good signal.
verification-number-checks-retry = Ask for the code again with "Send text message" or "Call me".
verification-number-checks-wait = After asking for a text, wait up to 4 minutes before asking again.
verification-number-checks-code = When a code arrives, type it in the text box, then click the verification button.



verification-other-number = Verify with a different phone number
verification-other-number-enter = Go back to the phone verification step and enter another number (not a VoIP number).
verification-other-number-country = Pick that number's country code in the drop-down menu.
verification-other-number-method = Choose "Send text message" or "Call me" again.
verification-other-number-profile = The number you verify with isn't kept as your account's contact number, so use whichever number works.

## no-fix
verification-no-fix = No number could be verified. { -microsoft } support can look into the verification for you.
