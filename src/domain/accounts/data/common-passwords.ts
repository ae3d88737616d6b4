// Generated list of common and easily guessed passwords (lower case, 8+ characters): frequent
// words and names with the digits, years and symbols people append, keyboard walks, repeated
// characters and "leet" spellings. Written for Masthead, not copied from a breach corpus.
// Space-separated words in template lines keep the module small and quick to parse.
export const COMMON_PASSWORDS_TEXT = `
!qaz2wsx !qaz@wsx $0cc3r123 $1lv3r123 $3@ttl3123 $3cr3t123 $3cr3t123123 $3pt3mb3r123 $@m$ung123 $@m@nth@123
$c13nc3123 $ch00l123 $h@d0w123 $h@d0w123123 $h@rk123 $kyw@lk3r123 $p@c3m@n123 $pr1ng123 $t0rm123 $t33l3r$123
$t3ph@n13123 $t@rw@r$123 $tr@wb3rry123 $tud3nt123 $umm3r123 $un$h1n31123 $un$h1n3123 $unfl0w3r123 $up3rm@n123
$w33t13123 $w33th3@rt123 $ydn3y123 00000000 0000000000 000000000000 0000000000000000 0987654321 0ct0b3r123
0ct0ber1234 0r@ng3123 0range1234 11111111 1111111111 111111111111 1111111111111111 11223344 1122334455
112233445566 123123123 123321123 12341234 1234512345 12345678 123456789 1234567890 123456qwerty 1234asdf
1234qwer 123698745 123qweasd 123qweasdzxc 147258369 147852369 1597532486 1a2b3c4d 1a2b3c4d5e 1l0v3y0u1123
1l0v3y0u123 1l0vey0u11234 1l0vey0u1234 1n$t@gr@m123 1nd1@123 1nd1a1234 1nstagram1234 1nt3rn3t123 1nternet1234
1ph0n3123 1ph0ne1234 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1q2w3e4r5t6y7u 1qaz2wsx 1qaz2wsx3edc 1qaz2wsx3edc4rfv
1qazxsw2 22222222 2222222222 222222222222 2222222222222222 2wsx3edc 33333333 3333333333 333333333333
3333333333333333 3@gl3$123 3@gl3123 3d1t0r123 3edc4rfv 3l1z@b3th123 3n3rgy123 3ngl@nd123 44444444 4444444444
444444444444 4444444444444444 55555555 5555555555 555555555555 5555555555555555 66666666 6666666666
666666666666 6666666666666666 741852963 77777777 7777777777 777777777777 7777777777777777 789456123 88888888
8888888888 888888888888 8888888888888888 963852741 99999999 9999999999 999999999999 9999999999999999 @$d123123
@$dfgh123 @$dfghjkl123 @$hl3y123 @$tr0n@ut123 @bc123123 @bcd3f123 @bcd3fg123 @bcd3fgh123 @cc3$$123
@dm1n1$tr@t0r123 @dm1n123 @l3x@nd3r123 @m3r1c@123 @m@nd@123 @ndr3w123 @ng3l$123 @ng3l123 @ppl3123 @r$3n@l123
@u$tr@l1@123 @uth0r123 @utumn123 a1b2c3d4 a1b2c3d4e5 aaaaaaaa aaaaaaaaaa aaaaaaaaaaaa aaaaaaaaaaaaaaaa
aaron123 aaron123! aaron1234 aaron12345 aaron123456 aaron1980 aaron1981 aaron1982 aaron1983 aaron1984
aaron1985 aaron1986 aaron1987 aaron1988 aaron1989 aaron1990 aaron1991 aaron1992 aaron1993 aaron1994 aaron1995
aaron1996 aaron1997 aaron1998 aaron1999 aaron2000 aaron2001 aaron2002 aaron2003 aaron2004 aaron2005 aaron2006
aaron2007 aaron2008 aaron4ever aaronaaron aaronbaby aaronlove aaronpassword aaronrocks abc123007 abc12301
abc1231! abc12312 abc123123 abc123123! abc1231234 abc12312345 abc123123456 abc1231999 abc1232000 abc1232010
abc1232011 abc1232012 abc1232013 abc1232014 abc1232015 abc1232016 abc1232017 abc1232018 abc1232018! abc1232019
abc1232019! abc1232020 abc1232020! abc1232021 abc1232021! abc1232022 abc1232022! abc1232023 abc1232023!
abc1232024 abc1232024! abc1232025 abc1232025! abc1232026 abc1232026! abc1232027 abc1232027! abc123321 abc12345
abc12369 abc123@123 abc123abc123 abc123forever abcd1234 abcde12345 abcdef007 abcdef01 abcdef1! abcdef12
abcdef123 abcdef123! abcdef1234 abcdef12345 abcdef123456 abcdef1999 abcdef2000 abcdef2010 abcdef2011
abcdef2012 abcdef2013 abcdef2014 abcdef2015 abcdef2016 abcdef2017 abcdef2018 abcdef2018! abcdef2019
abcdef2019! abcdef2020 abcdef2020! abcdef2021 abcdef2021! abcdef2022 abcdef2022! abcdef2023 abcdef2023!
abcdef2024 abcdef2024! abcdef2025 abcdef2025! abcdef2026 abcdef2026! abcdef2027 abcdef2027! abcdef321 abcdef69
abcdef@123 abcdefabcdef abcdefforever abcdefg! abcdefg007 abcdefg01 abcdefg1 abcdefg1! abcdefg12 abcdefg123
abcdefg123! abcdefg1234 abcdefg12345 abcdefg123456 abcdefg1999 abcdefg2000 abcdefg2010 abcdefg2011 abcdefg2012
abcdefg2013 abcdefg2014 abcdefg2015 abcdefg2016 abcdefg2017 abcdefg2018 abcdefg2018! abcdefg2019 abcdefg2019!
abcdefg2020 abcdefg2020! abcdefg2021 abcdefg2021! abcdefg2022 abcdefg2022! abcdefg2023 abcdefg2023!
abcdefg2024 abcdefg2024! abcdefg2025 abcdefg2025! abcdefg2026 abcdefg2026! abcdefg2027 abcdefg2027! abcdefg321
abcdefg69 abcdefg@123 abcdefgabcdefg abcdefgforever abcdefgh abcdefgh! abcdefgh007 abcdefgh01 abcdefgh1
abcdefgh1! abcdefgh12 abcdefgh123 abcdefgh123! abcdefgh1234 abcdefgh12345 abcdefgh123456 abcdefgh1999
abcdefgh2000 abcdefgh2010 abcdefgh2011 abcdefgh2012 abcdefgh2013 abcdefgh2014 abcdefgh2015 abcdefgh2016
abcdefgh2017 abcdefgh2018 abcdefgh2018! abcdefgh2019 abcdefgh2019! abcdefgh2020 abcdefgh2020! abcdefgh2021
abcdefgh2021! abcdefgh2022 abcdefgh2022! abcdefgh2023 abcdefgh2023! abcdefgh2024 abcdefgh2024! abcdefgh2025
abcdefgh2025! abcdefgh2026 abcdefgh2026! abcdefgh2027 abcdefgh2027! abcdefgh321 abcdefgh69 abcdefgh@123
abcdefghabcdefgh abcdefghforever abcdefghij abcdefghijk abigail! abigail01 abigail1 abigail123 abigail123!
abigail1234 abigail12345 abigail123456 abigail1980 abigail1981 abigail1982 abigail1983 abigail1984 abigail1985
abigail1986 abigail1987 abigail1988 abigail1989 abigail1990 abigail1991 abigail1992 abigail1993 abigail1994
abigail1995 abigail1996 abigail1997 abigail1998 abigail1999 abigail2000 abigail2001 abigail2002 abigail2003
abigail2004 abigail2005 abigail2006 abigail2007 abigail2008 abigail4ever abigailabigail abigailbaby
abigaillove abigailpassword abigailrocks access007 access01 access1! access12 access123 access123! access1234
access12345 access123456 access1999 access2000 access2010 access2011 access2012 access2013 access2014
access2015 access2016 access2017 access2018 access2018! access2019 access2019! access2020 access2020!
access2021 access2021! access2022 access2022! access2023 access2023! access2024 access2024! access2025
access2025! access2026 access2026! access2027 access2027! access321 access69 access@123 accessaccess
accessforever adam123! adam1234 adam12345 adam123456 adam1980 adam1981 adam1982 adam1983 adam1984 adam1985
adam1986 adam1987 adam1988 adam1989 adam1990 adam1991 adam1992 adam1993 adam1994 adam1995 adam1996 adam1997
adam1998 adam1999 adam2000 adam2001 adam2002 adam2003 adam2004 adam2005 adam2006 adam2007 adam2008 adam4ever
adamadam adambaby adamlove adampassword adamrocks adm1n1234 adm1n1strat0r1234 admin007 admin123 admin123!
admin1234 admin12345 admin123456 admin1999 admin2000 admin2010 admin2011 admin2012 admin2013 admin2014
admin2015 admin2016 admin2017 admin2018 admin2018! admin2019 admin2019! admin2020 admin2020! admin2021
admin2021! admin2022 admin2022! admin2023 admin2023! admin2024 admin2024! admin2025 admin2025! admin2026
admin2026! admin2027 admin2027! admin321 admin@123 adminadmin adminforever administrator administrator!
administrator007 administrator01 administrator1 administrator1! administrator12 administrator123
administrator123! administrator1234 administrator12345 administrator123456 administrator1999 administrator2000
administrator2010 administrator2011 administrator2012 administrator2013 administrator2014 administrator2015
administrator2016 administrator2017 administrator2018 administrator2018! administrator2019 administrator2019!
administrator2020 administrator2020! administrator2021 administrator2021! administrator2022 administrator2022!
administrator2023 administrator2023! administrator2024 administrator2024! administrator2025 administrator2025!
administrator2026 administrator2026! administrator2027 administrator2027! administrator321 administrator69
administrator@123 administratoradministrator administratorforever albert01 albert123 albert123! albert1234
albert12345 albert123456 albert1980 albert1981 albert1982 albert1983 albert1984 albert1985 albert1986
albert1987 albert1988 albert1989 albert1990 albert1991 albert1992 albert1993 albert1994 albert1995 albert1996
albert1997 albert1998 albert1999 albert2000 albert2001 albert2002 albert2003 albert2004 albert2005 albert2006
albert2007 albert2008 albert4ever albertalbert albertbaby albertlove albertpassword albertrocks alexander
alexander! alexander007 alexander01 alexander1 alexander1! alexander12 alexander123 alexander123!
alexander1234 alexander12345 alexander123456 alexander1980 alexander1981 alexander1982 alexander1983
alexander1984 alexander1985 alexander1986 alexander1987 alexander1988 alexander1989 alexander1990
alexander1991 alexander1992 alexander1993 alexander1994 alexander1995 alexander1996 alexander1997
alexander1998 alexander1999 alexander2000 alexander2001 alexander2002 alexander2003 alexander2004
alexander2005 alexander2006 alexander2007 alexander2008 alexander2010 alexander2011 alexander2012
alexander2013 alexander2014 alexander2015 alexander2016 alexander2017 alexander2018 alexander2018!
alexander2019 alexander2019! alexander2020 alexander2020! alexander2021 alexander2021! alexander2022
alexander2022! alexander2023 alexander2023! alexander2024 alexander2024! alexander2025 alexander2025!
alexander2026 alexander2026! alexander2027 alexander2027! alexander321 alexander4ever alexander69
alexander@123 alexanderalexander alexanderbaby alexanderforever alexanderlove alexanderpassword alexanderrocks
alexis01 alexis123 alexis123! alexis1234 alexis12345 alexis123456 alexis1980 alexis1981 alexis1982 alexis1983
alexis1984 alexis1985 alexis1986 alexis1987 alexis1988 alexis1989 alexis1990 alexis1991 alexis1992 alexis1993
alexis1994 alexis1995 alexis1996 alexis1997 alexis1998 alexis1999 alexis2000 alexis2001 alexis2002 alexis2003
alexis2004 alexis2005 alexis2006 alexis2007 alexis2008 alexis4ever alexisalexis alexisbaby alexislove
alexispassword alexisrocks alice123 alice123! alice1234 alice12345 alice123456 alice1980 alice1981 alice1982
alice1983 alice1984 alice1985 alice1986 alice1987 alice1988 alice1989 alice1990 alice1991 alice1992 alice1993
alice1994 alice1995 alice1996 alice1997 alice1998 alice1999 alice2000 alice2001 alice2002 alice2003 alice2004
alice2005 alice2006 alice2007 alice2008 alice4ever alicealice alicebaby alicelove alicepassword alicerocks
amanda007 amanda01 amanda1! amanda12 amanda123 amanda123! amanda1234 amanda12345 amanda123456 amanda1980
amanda1981 amanda1982 amanda1983 amanda1984 amanda1985 amanda1986 amanda1987 amanda1988 amanda1989 amanda1990
amanda1991 amanda1992 amanda1993 amanda1994 amanda1995 amanda1996 amanda1997 amanda1998 amanda1999 amanda2000
amanda2001 amanda2002 amanda2003 amanda2004 amanda2005 amanda2006 amanda2007 amanda2008 amanda2010 amanda2011
amanda2012 amanda2013 amanda2014 amanda2015 amanda2016 amanda2017 amanda2018 amanda2018! amanda2019
amanda2019! amanda2020 amanda2020! amanda2021 amanda2021! amanda2022 amanda2022! amanda2023 amanda2023!
amanda2024 amanda2024! amanda2025 amanda2025! amanda2026 amanda2026! amanda2027 amanda2027! amanda321
amanda4ever amanda69 amanda@123 amandaamanda amandababy amandaforever amandalove amandapassword amandarocks
amber123 amber123! amber1234 amber12345 amber123456 amber1980 amber1981 amber1982 amber1983 amber1984
amber1985 amber1986 amber1987 amber1988 amber1989 amber1990 amber1991 amber1992 amber1993 amber1994 amber1995
amber1996 amber1997 amber1998 amber1999 amber2000 amber2001 amber2002 amber2003 amber2004 amber2005 amber2006
amber2007 amber2008 amber4ever amberamber amberbaby amberlove amberpassword amberrocks amer1ca1234 america!
america007 america01 america1 america1! america12 america123 america123! america1234 america12345
america123456 america1999 america2000 america2010 america2011 america2012 america2013 america2014 america2015
america2016 america2017 america2018 america2018! america2019 america2019! america2020 america2020! america2021
america2021! america2022 america2022! america2023 america2023! america2024 america2024! america2025
america2025! america2026 america2026! america2027 america2027! america321 america69 america@123 americaamerica
americaforever amy12345 amy123456 amy4ever amypassword amyrocks andrea01 andrea123 andrea123! andrea1234
andrea12345 andrea123456 andrea1980 andrea1981 andrea1982 andrea1983 andrea1984 andrea1985 andrea1986
andrea1987 andrea1988 andrea1989 andrea1990 andrea1991 andrea1992 andrea1993 andrea1994 andrea1995 andrea1996
andrea1997 andrea1998 andrea1999 andrea2000 andrea2001 andrea2002 andrea2003 andrea2004 andrea2005 andrea2006
andrea2007 andrea2008 andrea4ever andreaandrea andreababy andrealove andreapassword andrearocks andrew007
andrew01 andrew1! andrew12 andrew123 andrew123! andrew1234 andrew12345 andrew123456 andrew1980 andrew1981
andrew1982 andrew1983 andrew1984 andrew1985 andrew1986 andrew1987 andrew1988 andrew1989 andrew1990 andrew1991
andrew1992 andrew1993 andrew1994 andrew1995 andrew1996 andrew1997 andrew1998 andrew1999 andrew2000 andrew2001
andrew2002 andrew2003 andrew2004 andrew2005 andrew2006 andrew2007 andrew2008 andrew2010 andrew2011 andrew2012
andrew2013 andrew2014 andrew2015 andrew2016 andrew2017 andrew2018 andrew2018! andrew2019 andrew2019!
andrew2020 andrew2020! andrew2021 andrew2021! andrew2022 andrew2022! andrew2023 andrew2023! andrew2024
andrew2024! andrew2025 andrew2025! andrew2026 andrew2026! andrew2027 andrew2027! andrew321 andrew4ever
andrew69 andrew@123 andrewandrew andrewbaby andrewforever andrewlove andrewpassword andrewrocks angel007
angel123 angel123! angel1234 angel12345 angel123456 angel1999 angel2000 angel2010 angel2011 angel2012
angel2013 angel2014 angel2015 angel2016 angel2017 angel2018 angel2018! angel2019 angel2019! angel2020
angel2020! angel2021 angel2021! angel2022 angel2022! angel2023 angel2023! angel2024 angel2024! angel2025
angel2025! angel2026 angel2026! angel2027 angel2027! angel321 angel@123 angela01 angela123 angela123!
angela1234 angela12345 angela123456 angela1980 angela1981 angela1982 angela1983 angela1984 angela1985
angela1986 angela1987 angela1988 angela1989 angela1990 angela1991 angela1992 angela1993 angela1994 angela1995
angela1996 angela1997 angela1998 angela1999 angela2000 angela2001 angela2002 angela2003 angela2004 angela2005
angela2006 angela2007 angela2008 angela4ever angelaangela angelababy angelalove angelangel angelapassword
angelarocks angelforever angels007 angels01 angels1! angels12 angels123 angels123! angels1234 angels12345
angels123456 angels1999 angels2000 angels2010 angels2011 angels2012 angels2013 angels2014 angels2015
angels2016 angels2017 angels2018 angels2018! angels2019 angels2019! angels2020 angels2020! angels2021
angels2021! angels2022 angels2022! angels2023 angels2023! angels2024 angels2024! angels2025 angels2025!
angels2026 angels2026! angels2027 angels2027! angels321 angels69 angels@123 angelsangels angelsforever
ann12345 ann123456 ann4ever anna123! anna1234 anna12345 anna123456 anna1980 anna1981 anna1982 anna1983
anna1984 anna1985 anna1986 anna1987 anna1988 anna1989 anna1990 anna1991 anna1992 anna1993 anna1994 anna1995
anna1996 anna1997 anna1998 anna1999 anna2000 anna2001 anna2002 anna2003 anna2004 anna2005 anna2006 anna2007
anna2008 anna4ever annaanna annababy annalove annapassword annarocks annpassword annrocks anthony! anthony01
anthony1 anthony123 anthony123! anthony1234 anthony12345 anthony123456 anthony1980 anthony1981 anthony1982
anthony1983 anthony1984 anthony1985 anthony1986 anthony1987 anthony1988 anthony1989 anthony1990 anthony1991
anthony1992 anthony1993 anthony1994 anthony1995 anthony1996 anthony1997 anthony1998 anthony1999 anthony2000
anthony2001 anthony2002 anthony2003 anthony2004 anthony2005 anthony2006 anthony2007 anthony2008 anthony4ever
anthonyanthony anthonybaby anthonylove anthonypassword anthonyrocks apple007 apple123 apple123! apple1234
apple12345 apple123456 apple1999 apple2000 apple2010 apple2011 apple2012 apple2013 apple2014 apple2015
apple2016 apple2017 apple2018 apple2018! apple2019 apple2019! apple2020 apple2020! apple2021 apple2021!
apple2022 apple2022! apple2023 apple2023! apple2024 apple2024! apple2025 apple2025! apple2026 apple2026!
apple2027 apple2027! apple321 apple@123 appleapple appleforever arsenal! arsenal007 arsenal01 arsenal1
arsenal1! arsenal12 arsenal123 arsenal123! arsenal1234 arsenal12345 arsenal123456 arsenal1999 arsenal2000
arsenal2010 arsenal2011 arsenal2012 arsenal2013 arsenal2014 arsenal2015 arsenal2016 arsenal2017 arsenal2018
arsenal2018! arsenal2019 arsenal2019! arsenal2020 arsenal2020! arsenal2021 arsenal2021! arsenal2022
arsenal2022! arsenal2023 arsenal2023! arsenal2024 arsenal2024! arsenal2025 arsenal2025! arsenal2026
arsenal2026! arsenal2027 arsenal2027! arsenal321 arsenal69 arsenal@123 arsenalarsenal arsenalforever arthur01
arthur123 arthur123! arthur1234 arthur12345 arthur123456 arthur1980 arthur1981 arthur1982 arthur1983
arthur1984 arthur1985 arthur1986 arthur1987 arthur1988 arthur1989 arthur1990 arthur1991 arthur1992 arthur1993
arthur1994 arthur1995 arthur1996 arthur1997 arthur1998 arthur1999 arthur2000 arthur2001 arthur2002 arthur2003
arthur2004 arthur2005 arthur2006 arthur2007 arthur2008 arthur4ever arthurarthur arthurbaby arthurlove
arthurpassword arthurrocks asd123007 asd12301 asd1231! asd12312 asd123123 asd123123! asd1231234 asd12312345
asd123123456 asd1231999 asd1232000 asd1232010 asd1232011 asd1232012 asd1232013 asd1232014 asd1232015
asd1232016 asd1232017 asd1232018 asd1232018! asd1232019 asd1232019! asd1232020 asd1232020! asd1232021
asd1232021! asd1232022 asd1232022! asd1232023 asd1232023! asd1232024 asd1232024! asd1232025 asd1232025!
asd1232026 asd1232026! asd1232027 asd1232027! asd123321 asd12369 asd123@123 asd123asd123 asd123forever
asdf1234 asdfgh007 asdfgh01 asdfgh1! asdfgh12 asdfgh123 asdfgh123! asdfgh1234 asdfgh12345 asdfgh123456
asdfgh1999 asdfgh2000 asdfgh2010 asdfgh2011 asdfgh2012 asdfgh2013 asdfgh2014 asdfgh2015 asdfgh2016 asdfgh2017
asdfgh2018 asdfgh2018! asdfgh2019 asdfgh2019! asdfgh2020 asdfgh2020! asdfgh2021 asdfgh2021! asdfgh2022
asdfgh2022! asdfgh2023 asdfgh2023! asdfgh2024 asdfgh2024! asdfgh2025 asdfgh2025! asdfgh2026 asdfgh2026!
asdfgh2027 asdfgh2027! asdfgh321 asdfgh69 asdfgh@123 asdfghasdfgh asdfghforever asdfghjkl asdfghjkl!
asdfghjkl007 asdfghjkl01 asdfghjkl1 asdfghjkl1! asdfghjkl12 asdfghjkl123 asdfghjkl123! asdfghjkl1234
asdfghjkl12345 asdfghjkl123456 asdfghjkl1999 asdfghjkl2000 asdfghjkl2010 asdfghjkl2011 asdfghjkl2012
asdfghjkl2013 asdfghjkl2014 asdfghjkl2015 asdfghjkl2016 asdfghjkl2017 asdfghjkl2018 asdfghjkl2018!
asdfghjkl2019 asdfghjkl2019! asdfghjkl2020 asdfghjkl2020! asdfghjkl2021 asdfghjkl2021! asdfghjkl2022
asdfghjkl2022! asdfghjkl2023 asdfghjkl2023! asdfghjkl2024 asdfghjkl2024! asdfghjkl2025 asdfghjkl2025!
asdfghjkl2026 asdfghjkl2026! asdfghjkl2027 asdfghjkl2027! asdfghjkl321 asdfghjkl69 asdfghjkl; asdfghjkl@123
asdfghjklasdfghjkl asdfghjklforever asdfqwer ashley007 ashley01 ashley1! ashley12 ashley123 ashley123!
ashley1234 ashley12345 ashley123456 ashley1980 ashley1981 ashley1982 ashley1983 ashley1984 ashley1985
ashley1986 ashley1987 ashley1988 ashley1989 ashley1990 ashley1991 ashley1992 ashley1993 ashley1994 ashley1995
ashley1996 ashley1997 ashley1998 ashley1999 ashley2000 ashley2001 ashley2002 ashley2003 ashley2004 ashley2005
ashley2006 ashley2007 ashley2008 ashley2010 ashley2011 ashley2012 ashley2013 ashley2014 ashley2015 ashley2016
ashley2017 ashley2018 ashley2018! ashley2019 ashley2019! ashley2020 ashley2020! ashley2021 ashley2021!
ashley2022 ashley2022! ashley2023 ashley2023! ashley2024 ashley2024! ashley2025 ashley2025! ashley2026
ashley2026! ashley2027 ashley2027! ashley321 ashley4ever ashley69 ashley@123 ashleyashley ashleybaby
ashleyforever ashleylove ashleypassword ashleyrocks astr0naut1234 astronaut astronaut! astronaut007
astronaut01 astronaut1 astronaut1! astronaut12 astronaut123 astronaut123! astronaut1234 astronaut12345
astronaut123456 astronaut1999 astronaut2000 astronaut2010 astronaut2011 astronaut2012 astronaut2013
astronaut2014 astronaut2015 astronaut2016 astronaut2017 astronaut2018 astronaut2018! astronaut2019
astronaut2019! astronaut2020 astronaut2020! astronaut2021 astronaut2021! astronaut2022 astronaut2022!
astronaut2023 astronaut2023! astronaut2024 astronaut2024! astronaut2025 astronaut2025! astronaut2026
astronaut2026! astronaut2027 astronaut2027! astronaut321 astronaut69 astronaut@123 astronautastronaut
astronautforever austin01 austin123 austin123! austin1234 austin12345 austin123456 austin1980 austin1981
austin1982 austin1983 austin1984 austin1985 austin1986 austin1987 austin1988 austin1989 austin1990 austin1991
austin1992 austin1993 austin1994 austin1995 austin1996 austin1997 austin1998 austin1999 austin2000 austin2001
austin2002 austin2003 austin2004 austin2005 austin2006 austin2007 austin2008 austin4ever austinaustin
austinbaby austinlove austinpassword austinrocks austral1a1234 australia australia! australia007 australia01
australia1 australia1! australia12 australia123 australia123! australia1234 australia12345 australia123456
australia1999 australia2000 australia2010 australia2011 australia2012 australia2013 australia2014
australia2015 australia2016 australia2017 australia2018 australia2018! australia2019 australia2019!
australia2020 australia2020! australia2021 australia2021! australia2022 australia2022! australia2023
australia2023! australia2024 australia2024! australia2025 australia2025! australia2026 australia2026!
australia2027 australia2027! australia321 australia69 australia@123 australiaaustralia australiaforever
auth0r1234 author007 author01 author1! author12 author123 author123! author1234 author12345 author123456
author1999 author2000 author2010 author2011 author2012 author2013 author2014 author2015 author2016 author2017
author2018 author2018! author2019 author2019! author2020 author2020! author2021 author2021! author2022
author2022! author2023 author2023! author2024 author2024! author2025 author2025! author2026 author2026!
author2027 author2027! author321 author69 author@123 authorauthor authorforever autumn007 autumn01 autumn1!
autumn12 autumn123 autumn123! autumn1234 autumn12345 autumn123456 autumn1999 autumn2000 autumn2010 autumn2011
autumn2012 autumn2013 autumn2014 autumn2015 autumn2016 autumn2017 autumn2018 autumn2018! autumn2019
autumn2019! autumn2020 autumn2020! autumn2021 autumn2021! autumn2022 autumn2022! autumn2023 autumn2023!
autumn2024 autumn2024! autumn2025 autumn2025! autumn2026 autumn2026! autumn2027 autumn2027! autumn321 autumn69
autumn@123 autumnautumn autumnforever azerty123 azertyuiop b0$t0n123 b0st0n1234 b3@tl3$123 b3nj@m1n123
b3rl1n123 b@$3b@ll123 b@$k3tb@ll123 b@byb0y123 b@byg1rl123 b@n@n@123 b@rc3l0n@123 b@tm@n123 babyb0y1234
babyboy! babyboy007 babyboy01 babyboy1 babyboy1! babyboy12 babyboy123 babyboy123! babyboy1234 babyboy12345
babyboy123456 babyboy1999 babyboy2000 babyboy2010 babyboy2011 babyboy2012 babyboy2013 babyboy2014 babyboy2015
babyboy2016 babyboy2017 babyboy2018 babyboy2018! babyboy2019 babyboy2019! babyboy2020 babyboy2020! babyboy2021
babyboy2021! babyboy2022 babyboy2022! babyboy2023 babyboy2023! babyboy2024 babyboy2024! babyboy2025
babyboy2025! babyboy2026 babyboy2026! babyboy2027 babyboy2027! babyboy321 babyboy69 babyboy@123 babyboybabyboy
babyboyforever babyg1rl1234 babygirl babygirl! babygirl007 babygirl01 babygirl1 babygirl1! babygirl12
babygirl123 babygirl123! babygirl1234 babygirl12345 babygirl123456 babygirl1999 babygirl2000 babygirl2010
babygirl2011 babygirl2012 babygirl2013 babygirl2014 babygirl2015 babygirl2016 babygirl2017 babygirl2018
babygirl2018! babygirl2019 babygirl2019! babygirl2020 babygirl2020! babygirl2021 babygirl2021! babygirl2022
babygirl2022! babygirl2023 babygirl2023! babygirl2024 babygirl2024! babygirl2025 babygirl2025! babygirl2026
babygirl2026! babygirl2027 babygirl2027! babygirl321 babygirl69 babygirl@123 babygirlbabygirl babygirlforever
banana007 banana01 banana1! banana12 banana123 banana123! banana1234 banana12345 banana123456 banana1999
banana2000 banana2010 banana2011 banana2012 banana2013 banana2014 banana2015 banana2016 banana2017 banana2018
banana2018! banana2019 banana2019! banana2020 banana2020! banana2021 banana2021! banana2022 banana2022!
banana2023 banana2023! banana2024 banana2024! banana2025 banana2025! banana2026 banana2026! banana2027
banana2027! banana321 banana69 banana@123 bananabanana bananaforever barbara! barbara01 barbara1 barbara123
barbara123! barbara1234 barbara12345 barbara123456 barbara1980 barbara1981 barbara1982 barbara1983 barbara1984
barbara1985 barbara1986 barbara1987 barbara1988 barbara1989 barbara1990 barbara1991 barbara1992 barbara1993
barbara1994 barbara1995 barbara1996 barbara1997 barbara1998 barbara1999 barbara2000 barbara2001 barbara2002
barbara2003 barbara2004 barbara2005 barbara2006 barbara2007 barbara2008 barbara4ever barbarababy
barbarabarbara barbaralove barbarapassword barbararocks barcel0na1234 barcelona barcelona! barcelona007
barcelona01 barcelona1 barcelona1! barcelona12 barcelona123 barcelona123! barcelona1234 barcelona12345
barcelona123456 barcelona1999 barcelona2000 barcelona2010 barcelona2011 barcelona2012 barcelona2013
barcelona2014 barcelona2015 barcelona2016 barcelona2017 barcelona2018 barcelona2018! barcelona2019
barcelona2019! barcelona2020 barcelona2020! barcelona2021 barcelona2021! barcelona2022 barcelona2022!
barcelona2023 barcelona2023! barcelona2024 barcelona2024! barcelona2025 barcelona2025! barcelona2026
barcelona2026! barcelona2027 barcelona2027! barcelona321 barcelona69 barcelona@123 barcelonabarcelona
barcelonaforever baseball baseball! baseball007 baseball01 baseball1 baseball1! baseball12 baseball123
baseball123! baseball1234 baseball12345 baseball123456 baseball1999 baseball2000 baseball2010 baseball2011
baseball2012 baseball2013 baseball2014 baseball2015 baseball2016 baseball2017 baseball2018 baseball2018!
baseball2019 baseball2019! baseball2020 baseball2020! baseball2021 baseball2021! baseball2022 baseball2022!
baseball2023 baseball2023! baseball2024 baseball2024! baseball2025 baseball2025! baseball2026 baseball2026!
baseball2027 baseball2027! baseball321 baseball69 baseball@123 baseballbaseball baseballforever basketball
basketball! basketball007 basketball01 basketball1 basketball1! basketball12 basketball123 basketball123!
basketball1234 basketball12345 basketball123456 basketball1999 basketball2000 basketball2010 basketball2011
basketball2012 basketball2013 basketball2014 basketball2015 basketball2016 basketball2017 basketball2018
basketball2018! basketball2019 basketball2019! basketball2020 basketball2020! basketball2021 basketball2021!
basketball2022 basketball2022! basketball2023 basketball2023! basketball2024 basketball2024! basketball2025
basketball2025! basketball2026 basketball2026! basketball2027 basketball2027! basketball321 basketball69
basketball@123 basketballbasketball basketballforever batman007 batman01 batman1! batman12 batman123
batman123! batman1234 batman12345 batman123456 batman1999 batman2000 batman2010 batman2011 batman2012
batman2013 batman2014 batman2015 batman2016 batman2017 batman2018 batman2018! batman2019 batman2019!
batman2020 batman2020! batman2021 batman2021! batman2022 batman2022! batman2023 batman2023! batman2024
batman2024! batman2025 batman2025! batman2026 batman2026! batman2027 batman2027! batman321 batman69 batman@123
batmanbatman batmanforever bbbbbbbb bbbbbbbbbb bbbbbbbbbbbb bbbbbbbbbbbbbbbb beatles! beatles007 beatles01
beatles1 beatles1! beatles12 beatles123 beatles123! beatles1234 beatles12345 beatles123456 beatles1999
beatles2000 beatles2010 beatles2011 beatles2012 beatles2013 beatles2014 beatles2015 beatles2016 beatles2017
beatles2018 beatles2018! beatles2019 beatles2019! beatles2020 beatles2020! beatles2021 beatles2021!
beatles2022 beatles2022! beatles2023 beatles2023! beatles2024 beatles2024! beatles2025 beatles2025!
beatles2026 beatles2026! beatles2027 beatles2027! beatles321 beatles69 beatles@123 beatlesbeatles
beatlesforever benjam1n1234 benjamin benjamin! benjamin007 benjamin01 benjamin1 benjamin1! benjamin12
benjamin123 benjamin123! benjamin1234 benjamin12345 benjamin123456 benjamin1980 benjamin1981 benjamin1982
benjamin1983 benjamin1984 benjamin1985 benjamin1986 benjamin1987 benjamin1988 benjamin1989 benjamin1990
benjamin1991 benjamin1992 benjamin1993 benjamin1994 benjamin1995 benjamin1996 benjamin1997 benjamin1998
benjamin1999 benjamin2000 benjamin2001 benjamin2002 benjamin2003 benjamin2004 benjamin2005 benjamin2006
benjamin2007 benjamin2008 benjamin2010 benjamin2011 benjamin2012 benjamin2013 benjamin2014 benjamin2015
benjamin2016 benjamin2017 benjamin2018 benjamin2018! benjamin2019 benjamin2019! benjamin2020 benjamin2020!
benjamin2021 benjamin2021! benjamin2022 benjamin2022! benjamin2023 benjamin2023! benjamin2024 benjamin2024!
benjamin2025 benjamin2025! benjamin2026 benjamin2026! benjamin2027 benjamin2027! benjamin321 benjamin4ever
benjamin69 benjamin@123 benjaminbaby benjaminbenjamin benjaminforever benjaminlove benjaminpassword
benjaminrocks berl1n1234 berlin007 berlin01 berlin1! berlin12 berlin123 berlin123! berlin1234 berlin12345
berlin123456 berlin1999 berlin2000 berlin2010 berlin2011 berlin2012 berlin2013 berlin2014 berlin2015
berlin2016 berlin2017 berlin2018 berlin2018! berlin2019 berlin2019! berlin2020 berlin2020! berlin2021
berlin2021! berlin2022 berlin2022! berlin2023 berlin2023! berlin2024 berlin2024! berlin2025 berlin2025!
berlin2026 berlin2026! berlin2027 berlin2027! berlin321 berlin69 berlin@123 berlinberlin berlinforever
betty123 betty123! betty1234 betty12345 betty123456 betty1980 betty1981 betty1982 betty1983 betty1984
betty1985 betty1986 betty1987 betty1988 betty1989 betty1990 betty1991 betty1992 betty1993 betty1994 betty1995
betty1996 betty1997 betty1998 betty1999 betty2000 betty2001 betty2002 betty2003 betty2004 betty2005 betty2006
betty2007 betty2008 betty4ever bettybaby bettybetty bettylove bettypassword bettyrocks beverly! beverly01
beverly1 beverly123 beverly123! beverly1234 beverly12345 beverly123456 beverly1980 beverly1981 beverly1982
beverly1983 beverly1984 beverly1985 beverly1986 beverly1987 beverly1988 beverly1989 beverly1990 beverly1991
beverly1992 beverly1993 beverly1994 beverly1995 beverly1996 beverly1997 beverly1998 beverly1999 beverly2000
beverly2001 beverly2002 beverly2003 beverly2004 beverly2005 beverly2006 beverly2007 beverly2008 beverly4ever
beverlybaby beverlybeverly beverlylove beverlypassword beverlyrocks billy123 billy123! billy1234 billy12345
billy123456 billy1980 billy1981 billy1982 billy1983 billy1984 billy1985 billy1986 billy1987 billy1988
billy1989 billy1990 billy1991 billy1992 billy1993 billy1994 billy1995 billy1996 billy1997 billy1998 billy1999
billy2000 billy2001 billy2002 billy2003 billy2004 billy2005 billy2006 billy2007 billy2008 billy4ever billybaby
billybilly billylove billypassword billyrocks bl3$$3d123 blessed! blessed007 blessed01 blessed1 blessed1!
blessed12 blessed123 blessed123! blessed1234 blessed12345 blessed123456 blessed1999 blessed2000 blessed2010
blessed2011 blessed2012 blessed2013 blessed2014 blessed2015 blessed2016 blessed2017 blessed2018 blessed2018!
blessed2019 blessed2019! blessed2020 blessed2020! blessed2021 blessed2021! blessed2022 blessed2022!
blessed2023 blessed2023! blessed2024 blessed2024! blessed2025 blessed2025! blessed2026 blessed2026!
blessed2027 blessed2027! blessed321 blessed69 blessed@123 blessedblessed blessedforever boston007 boston01
boston1! boston12 boston123 boston123! boston1234 boston12345 boston123456 boston1999 boston2000 boston2010
boston2011 boston2012 boston2013 boston2014 boston2015 boston2016 boston2017 boston2018 boston2018! boston2019
boston2019! boston2020 boston2020! boston2021 boston2021! boston2022 boston2022! boston2023 boston2023!
boston2024 boston2024! boston2025 boston2025! boston2026 boston2026! boston2027 boston2027! boston321 boston69
boston@123 bostonboston bostonforever br@z1l123 brandon! brandon01 brandon1 brandon123 brandon123! brandon1234
brandon12345 brandon123456 brandon1980 brandon1981 brandon1982 brandon1983 brandon1984 brandon1985 brandon1986
brandon1987 brandon1988 brandon1989 brandon1990 brandon1991 brandon1992 brandon1993 brandon1994 brandon1995
brandon1996 brandon1997 brandon1998 brandon1999 brandon2000 brandon2001 brandon2002 brandon2003 brandon2004
brandon2005 brandon2006 brandon2007 brandon2008 brandon4ever brandonbaby brandonbrandon brandonlove
brandonpassword brandonrocks braz1l1234 brazil007 brazil01 brazil1! brazil12 brazil123 brazil123! brazil1234
brazil12345 brazil123456 brazil1999 brazil2000 brazil2010 brazil2011 brazil2012 brazil2013 brazil2014
brazil2015 brazil2016 brazil2017 brazil2018 brazil2018! brazil2019 brazil2019! brazil2020 brazil2020!
brazil2021 brazil2021! brazil2022 brazil2022! brazil2023 brazil2023! brazil2024 brazil2024! brazil2025
brazil2025! brazil2026 brazil2026! brazil2027 brazil2027! brazil321 brazil69 brazil@123 brazilbrazil
brazilforever brenda01 brenda123 brenda123! brenda1234 brenda12345 brenda123456 brenda1980 brenda1981
brenda1982 brenda1983 brenda1984 brenda1985 brenda1986 brenda1987 brenda1988 brenda1989 brenda1990 brenda1991
brenda1992 brenda1993 brenda1994 brenda1995 brenda1996 brenda1997 brenda1998 brenda1999 brenda2000 brenda2001
brenda2002 brenda2003 brenda2004 brenda2005 brenda2006 brenda2007 brenda2008 brenda4ever brendababy
brendabrenda brendalove brendapassword brendarocks brian123 brian123! brian1234 brian12345 brian123456
brian1980 brian1981 brian1982 brian1983 brian1984 brian1985 brian1986 brian1987 brian1988 brian1989 brian1990
brian1991 brian1992 brian1993 brian1994 brian1995 brian1996 brian1997 brian1998 brian1999 brian2000 brian2001
brian2002 brian2003 brian2004 brian2005 brian2006 brian2007 brian2008 brian4ever brianbaby brianbrian
brianlove brianpassword brianrocks brittany! brittany01 brittany1 brittany123 brittany123! brittany1234
brittany12345 brittany123456 brittany1980 brittany1981 brittany1982 brittany1983 brittany1984 brittany1985
brittany1986 brittany1987 brittany1988 brittany1989 brittany1990 brittany1991 brittany1992 brittany1993
brittany1994 brittany1995 brittany1996 brittany1997 brittany1998 brittany1999 brittany2000 brittany2001
brittany2002 brittany2003 brittany2004 brittany2005 brittany2006 brittany2007 brittany2008 brittany4ever
brittanybaby brittanybrittany brittanylove brittanypassword brittanyrocks bruce123 bruce123! bruce1234
bruce12345 bruce123456 bruce1980 bruce1981 bruce1982 bruce1983 bruce1984 bruce1985 bruce1986 bruce1987
bruce1988 bruce1989 bruce1990 bruce1991 bruce1992 bruce1993 bruce1994 bruce1995 bruce1996 bruce1997 bruce1998
bruce1999 bruce2000 bruce2001 bruce2002 bruce2003 bruce2004 bruce2005 bruce2006 bruce2007 bruce2008 bruce4ever
brucebaby brucebruce brucelove brucepassword brucerocks bryan123 bryan123! bryan1234 bryan12345 bryan123456
bryan1980 bryan1981 bryan1982 bryan1983 bryan1984 bryan1985 bryan1986 bryan1987 bryan1988 bryan1989 bryan1990
bryan1991 bryan1992 bryan1993 bryan1994 bryan1995 bryan1996 bryan1997 bryan1998 bryan1999 bryan2000 bryan2001
bryan2002 bryan2003 bryan2004 bryan2005 bryan2006 bryan2007 bryan2008 bryan4ever bryanbaby bryanbryan
bryanlove bryanpassword bryanrocks bu$t3r123 buster007 buster01 buster1! buster12 buster123 buster123!
buster1234 buster12345 buster123456 buster1999 buster2000 buster2010 buster2011 buster2012 buster2013
buster2014 buster2015 buster2016 buster2017 buster2018 buster2018! buster2019 buster2019! buster2020
buster2020! buster2021 buster2021! buster2022 buster2022! buster2023 buster2023! buster2024 buster2024!
buster2025 buster2025! buster2026 buster2026! buster2027 buster2027! buster321 buster69 buster@123
busterbuster busterforever butt3rfly123 butterfly butterfly! butterfly007 butterfly01 butterfly1 butterfly1!
butterfly12 butterfly123 butterfly123! butterfly1234 butterfly12345 butterfly123456 butterfly1999
butterfly2000 butterfly2010 butterfly2011 butterfly2012 butterfly2013 butterfly2014 butterfly2015
butterfly2016 butterfly2017 butterfly2018 butterfly2018! butterfly2019 butterfly2019! butterfly2020
butterfly2020! butterfly2021 butterfly2021! butterfly2022 butterfly2022! butterfly2023 butterfly2023!
butterfly2024 butterfly2024! butterfly2025 butterfly2025! butterfly2026 butterfly2026! butterfly2027
butterfly2027! butterfly321 butterfly69 butterfly@123 butterflybutterfly butterflyforever c0$m0$123 c00k13123
c00k1e1234 c0br@123 c0bra1234 c0ff33123 c0ffee1234 c0ll3g3123 c0llege1234 c0mput3r123 c0mputer1234 c0rv3tt3123
c0rvette1234 c0sm0s1234 c0wb0y$123 c0wb0ys1234 c@n@d@123 canada007 canada01 canada1! canada12 canada123
canada123! canada1234 canada12345 canada123456 canada1999 canada2000 canada2010 canada2011 canada2012
canada2013 canada2014 canada2015 canada2016 canada2017 canada2018 canada2018! canada2019 canada2019!
canada2020 canada2020! canada2021 canada2021! canada2022 canada2022! canada2023 canada2023! canada2024
canada2024! canada2025 canada2025! canada2026 canada2026! canada2027 canada2027! canada321 canada69 canada@123
canadacanada canadaforever carl123! carl1234 carl12345 carl123456 carl1980 carl1981 carl1982 carl1983 carl1984
carl1985 carl1986 carl1987 carl1988 carl1989 carl1990 carl1991 carl1992 carl1993 carl1994 carl1995 carl1996
carl1997 carl1998 carl1999 carl2000 carl2001 carl2002 carl2003 carl2004 carl2005 carl2006 carl2007 carl2008
carl4ever carlbaby carlcarl carllove carlpassword carlrocks carol123 carol123! carol1234 carol12345
carol123456 carol1980 carol1981 carol1982 carol1983 carol1984 carol1985 carol1986 carol1987 carol1988
carol1989 carol1990 carol1991 carol1992 carol1993 carol1994 carol1995 carol1996 carol1997 carol1998 carol1999
carol2000 carol2001 carol2002 carol2003 carol2004 carol2005 carol2006 carol2007 carol2008 carol4ever carolbaby
carolcarol carollove carolpassword carolrocks carolyn! carolyn01 carolyn1 carolyn123 carolyn123! carolyn1234
carolyn12345 carolyn123456 carolyn1980 carolyn1981 carolyn1982 carolyn1983 carolyn1984 carolyn1985 carolyn1986
carolyn1987 carolyn1988 carolyn1989 carolyn1990 carolyn1991 carolyn1992 carolyn1993 carolyn1994 carolyn1995
carolyn1996 carolyn1997 carolyn1998 carolyn1999 carolyn2000 carolyn2001 carolyn2002 carolyn2003 carolyn2004
carolyn2005 carolyn2006 carolyn2007 carolyn2008 carolyn4ever carolynbaby carolyncarolyn carolynlove
carolynpassword carolynrocks catherine! catherine01 catherine1 catherine123 catherine123! catherine1234
catherine12345 catherine123456 catherine1980 catherine1981 catherine1982 catherine1983 catherine1984
catherine1985 catherine1986 catherine1987 catherine1988 catherine1989 catherine1990 catherine1991
catherine1992 catherine1993 catherine1994 catherine1995 catherine1996 catherine1997 catherine1998
catherine1999 catherine2000 catherine2001 catherine2002 catherine2003 catherine2004 catherine2005
catherine2006 catherine2007 catherine2008 catherine4ever catherinebaby catherinecatherine catherinelove
catherinepassword catherinerocks cccccccc cccccccccc cccccccccccc cccccccccccccccc ch0c0l@t3123 ch0c0late1234
ch1c@g0123 ch1cag01234 ch1ck3n123 ch1cken1234 ch1n@123 ch1na1234 ch33$3123 ch3l$3@123 ch3rry123 ch@ng3m3123
ch@rl13123 changeme changeme! changeme007 changeme01 changeme1 changeme1! changeme12 changeme123 changeme123!
changeme1234 changeme12345 changeme123456 changeme1999 changeme2000 changeme2010 changeme2011 changeme2012
changeme2013 changeme2014 changeme2015 changeme2016 changeme2017 changeme2018 changeme2018! changeme2019
changeme2019! changeme2020 changeme2020! changeme2021 changeme2021! changeme2022 changeme2022! changeme2023
changeme2023! changeme2024 changeme2024! changeme2025 changeme2025! changeme2026 changeme2026! changeme2027
changeme2027! changeme321 changeme69 changeme@123 changemechangeme changemeforever charl1e1234 charles!
charles01 charles1 charles123 charles123! charles1234 charles12345 charles123456 charles1980 charles1981
charles1982 charles1983 charles1984 charles1985 charles1986 charles1987 charles1988 charles1989 charles1990
charles1991 charles1992 charles1993 charles1994 charles1995 charles1996 charles1997 charles1998 charles1999
charles2000 charles2001 charles2002 charles2003 charles2004 charles2005 charles2006 charles2007 charles2008
charles4ever charlesbaby charlescharles charleslove charlespassword charlesrocks charlie! charlie007 charlie01
charlie1 charlie1! charlie12 charlie123 charlie123! charlie1234 charlie12345 charlie123456 charlie1999
charlie2000 charlie2010 charlie2011 charlie2012 charlie2013 charlie2014 charlie2015 charlie2016 charlie2017
charlie2018 charlie2018! charlie2019 charlie2019! charlie2020 charlie2020! charlie2021 charlie2021!
charlie2022 charlie2022! charlie2023 charlie2023! charlie2024 charlie2024! charlie2025 charlie2025!
charlie2026 charlie2026! charlie2027 charlie2027! charlie321 charlie69 charlie@123 charliecharlie
charlieforever charlotte! charlotte01 charlotte1 charlotte123 charlotte123! charlotte1234 charlotte12345
charlotte123456 charlotte1980 charlotte1981 charlotte1982 charlotte1983 charlotte1984 charlotte1985
charlotte1986 charlotte1987 charlotte1988 charlotte1989 charlotte1990 charlotte1991 charlotte1992
charlotte1993 charlotte1994 charlotte1995 charlotte1996 charlotte1997 charlotte1998 charlotte1999
charlotte2000 charlotte2001 charlotte2002 charlotte2003 charlotte2004 charlotte2005 charlotte2006
charlotte2007 charlotte2008 charlotte4ever charlottebaby charlottecharlotte charlottelove charlottepassword
charlotterocks cheese007 cheese01 cheese1! cheese12 cheese123 cheese123! cheese1234 cheese12345 cheese123456
cheese1999 cheese2000 cheese2010 cheese2011 cheese2012 cheese2013 cheese2014 cheese2015 cheese2016 cheese2017
cheese2018 cheese2018! cheese2019 cheese2019! cheese2020 cheese2020! cheese2021 cheese2021! cheese2022
cheese2022! cheese2023 cheese2023! cheese2024 cheese2024! cheese2025 cheese2025! cheese2026 cheese2026!
cheese2027 cheese2027! cheese321 cheese69 cheese@123 cheesecheese cheeseforever chelsea! chelsea007 chelsea01
chelsea1 chelsea1! chelsea12 chelsea123 chelsea123! chelsea1234 chelsea12345 chelsea123456 chelsea1999
chelsea2000 chelsea2010 chelsea2011 chelsea2012 chelsea2013 chelsea2014 chelsea2015 chelsea2016 chelsea2017
chelsea2018 chelsea2018! chelsea2019 chelsea2019! chelsea2020 chelsea2020! chelsea2021 chelsea2021!
chelsea2022 chelsea2022! chelsea2023 chelsea2023! chelsea2024 chelsea2024! chelsea2025 chelsea2025!
chelsea2026 chelsea2026! chelsea2027 chelsea2027! chelsea321 chelsea69 chelsea@123 chelseachelsea
chelseaforever cherry007 cherry01 cherry1! cherry12 cherry123 cherry123! cherry1234 cherry12345 cherry123456
cherry1999 cherry2000 cherry2010 cherry2011 cherry2012 cherry2013 cherry2014 cherry2015 cherry2016 cherry2017
cherry2018 cherry2018! cherry2019 cherry2019! cherry2020 cherry2020! cherry2021 cherry2021! cherry2022
cherry2022! cherry2023 cherry2023! cherry2024 cherry2024! cherry2025 cherry2025! cherry2026 cherry2026!
cherry2027 cherry2027! cherry321 cherry69 cherry@123 cherrycherry cherryforever cheryl01 cheryl123 cheryl123!
cheryl1234 cheryl12345 cheryl123456 cheryl1980 cheryl1981 cheryl1982 cheryl1983 cheryl1984 cheryl1985
cheryl1986 cheryl1987 cheryl1988 cheryl1989 cheryl1990 cheryl1991 cheryl1992 cheryl1993 cheryl1994 cheryl1995
cheryl1996 cheryl1997 cheryl1998 cheryl1999 cheryl2000 cheryl2001 cheryl2002 cheryl2003 cheryl2004 cheryl2005
cheryl2006 cheryl2007 cheryl2008 cheryl4ever cherylbaby cherylcheryl cheryllove cherylpassword cherylrocks
chicago! chicago007 chicago01 chicago1 chicago1! chicago12 chicago123 chicago123! chicago1234 chicago12345
chicago123456 chicago1999 chicago2000 chicago2010 chicago2011 chicago2012 chicago2013 chicago2014 chicago2015
chicago2016 chicago2017 chicago2018 chicago2018! chicago2019 chicago2019! chicago2020 chicago2020! chicago2021
chicago2021! chicago2022 chicago2022! chicago2023 chicago2023! chicago2024 chicago2024! chicago2025
chicago2025! chicago2026 chicago2026! chicago2027 chicago2027! chicago321 chicago69 chicago@123 chicagochicago
chicagoforever chicken! chicken007 chicken01 chicken1 chicken1! chicken12 chicken123 chicken123! chicken1234
chicken12345 chicken123456 chicken1999 chicken2000 chicken2010 chicken2011 chicken2012 chicken2013 chicken2014
chicken2015 chicken2016 chicken2017 chicken2018 chicken2018! chicken2019 chicken2019! chicken2020 chicken2020!
chicken2021 chicken2021! chicken2022 chicken2022! chicken2023 chicken2023! chicken2024 chicken2024!
chicken2025 chicken2025! chicken2026 chicken2026! chicken2027 chicken2027! chicken321 chicken69 chicken@123
chickenchicken chickenforever china007 china123 china123! china1234 china12345 china123456 china1999 china2000
china2010 china2011 china2012 china2013 china2014 china2015 china2016 china2017 china2018 china2018! china2019
china2019! china2020 china2020! china2021 china2021! china2022 china2022! china2023 china2023! china2024
china2024! china2025 china2025! china2026 china2026! china2027 china2027! china321 china@123 chinachina
chinaforever chocolate chocolate! chocolate007 chocolate01 chocolate1 chocolate1! chocolate12 chocolate123
chocolate123! chocolate1234 chocolate12345 chocolate123456 chocolate1999 chocolate2000 chocolate2010
chocolate2011 chocolate2012 chocolate2013 chocolate2014 chocolate2015 chocolate2016 chocolate2017
chocolate2018 chocolate2018! chocolate2019 chocolate2019! chocolate2020 chocolate2020! chocolate2021
chocolate2021! chocolate2022 chocolate2022! chocolate2023 chocolate2023! chocolate2024 chocolate2024!
chocolate2025 chocolate2025! chocolate2026 chocolate2026! chocolate2027 chocolate2027! chocolate321
chocolate69 chocolate@123 chocolatechocolate chocolateforever chr1$t0ph3r123 chr1$t123 chr1st0pher1234
chr1st1234 christ007 christ01 christ1! christ12 christ123 christ123! christ1234 christ12345 christ123456
christ1999 christ2000 christ2010 christ2011 christ2012 christ2013 christ2014 christ2015 christ2016 christ2017
christ2018 christ2018! christ2019 christ2019! christ2020 christ2020! christ2021 christ2021! christ2022
christ2022! christ2023 christ2023! christ2024 christ2024! christ2025 christ2025! christ2026 christ2026!
christ2027 christ2027! christ321 christ69 christ@123 christchrist christforever christian! christian01
christian1 christian123 christian123! christian1234 christian12345 christian123456 christian1980 christian1981
christian1982 christian1983 christian1984 christian1985 christian1986 christian1987 christian1988
christian1989 christian1990 christian1991 christian1992 christian1993 christian1994 christian1995
christian1996 christian1997 christian1998 christian1999 christian2000 christian2001 christian2002
christian2003 christian2004 christian2005 christian2006 christian2007 christian2008 christian4ever
christianbaby christianchristian christianlove christianpassword christianrocks christina! christina01
christina1 christina123 christina123! christina1234 christina12345 christina123456 christina1980 christina1981
christina1982 christina1983 christina1984 christina1985 christina1986 christina1987 christina1988
christina1989 christina1990 christina1991 christina1992 christina1993 christina1994 christina1995
christina1996 christina1997 christina1998 christina1999 christina2000 christina2001 christina2002
christina2003 christina2004 christina2005 christina2006 christina2007 christina2008 christina4ever
christinababy christinachristina christinalove christinapassword christinarocks christine! christine01
christine1 christine123 christine123! christine1234 christine12345 christine123456 christine1980 christine1981
christine1982 christine1983 christine1984 christine1985 christine1986 christine1987 christine1988
christine1989 christine1990 christine1991 christine1992 christine1993 christine1994 christine1995
christine1996 christine1997 christine1998 christine1999 christine2000 christine2001 christine2002
christine2003 christine2004 christine2005 christine2006 christine2007 christine2008 christine4ever
christinebaby christinechristine christinelove christinepassword christinerocks christopher christopher!
christopher007 christopher01 christopher1 christopher1! christopher12 christopher123 christopher123!
christopher1234 christopher12345 christopher123456 christopher1980 christopher1981 christopher1982
christopher1983 christopher1984 christopher1985 christopher1986 christopher1987 christopher1988
christopher1989 christopher1990 christopher1991 christopher1992 christopher1993 christopher1994
christopher1995 christopher1996 christopher1997 christopher1998 christopher1999 christopher2000
christopher2001 christopher2002 christopher2003 christopher2004 christopher2005 christopher2006
christopher2007 christopher2008 christopher2010 christopher2011 christopher2012 christopher2013
christopher2014 christopher2015 christopher2016 christopher2017 christopher2018 christopher2018!
christopher2019 christopher2019! christopher2020 christopher2020! christopher2021 christopher2021!
christopher2022 christopher2022! christopher2023 christopher2023! christopher2024 christopher2024!
christopher2025 christopher2025! christopher2026 christopher2026! christopher2027 christopher2027!
christopher321 christopher4ever christopher69 christopher@123 christopherbaby christopherchristopher
christopherforever christopherlove christopherpassword christopherrocks cobra007 cobra123 cobra123! cobra1234
cobra12345 cobra123456 cobra1999 cobra2000 cobra2010 cobra2011 cobra2012 cobra2013 cobra2014 cobra2015
cobra2016 cobra2017 cobra2018 cobra2018! cobra2019 cobra2019! cobra2020 cobra2020! cobra2021 cobra2021!
cobra2022 cobra2022! cobra2023 cobra2023! cobra2024 cobra2024! cobra2025 cobra2025! cobra2026 cobra2026!
cobra2027 cobra2027! cobra321 cobra@123 cobracobra cobraforever coffee007 coffee01 coffee1! coffee12 coffee123
coffee123! coffee1234 coffee12345 coffee123456 coffee1999 coffee2000 coffee2010 coffee2011 coffee2012
coffee2013 coffee2014 coffee2015 coffee2016 coffee2017 coffee2018 coffee2018! coffee2019 coffee2019!
coffee2020 coffee2020! coffee2021 coffee2021! coffee2022 coffee2022! coffee2023 coffee2023! coffee2024
coffee2024! coffee2025 coffee2025! coffee2026 coffee2026! coffee2027 coffee2027! coffee321 coffee69 coffee@123
coffeecoffee coffeeforever college! college007 college01 college1 college1! college12 college123 college123!
college1234 college12345 college123456 college1999 college2000 college2010 college2011 college2012 college2013
college2014 college2015 college2016 college2017 college2018 college2018! college2019 college2019! college2020
college2020! college2021 college2021! college2022 college2022! college2023 college2023! college2024
college2024! college2025 college2025! college2026 college2026! college2027 college2027! college321 college69
college@123 collegecollege collegeforever computer computer! computer007 computer01 computer1 computer1!
computer12 computer123 computer123! computer1234 computer12345 computer123456 computer1999 computer2000
computer2010 computer2011 computer2012 computer2013 computer2014 computer2015 computer2016 computer2017
computer2018 computer2018! computer2019 computer2019! computer2020 computer2020! computer2021 computer2021!
computer2022 computer2022! computer2023 computer2023! computer2024 computer2024! computer2025 computer2025!
computer2026 computer2026! computer2027 computer2027! computer321 computer69 computer@123 computercomputer
computerforever cookie007 cookie01 cookie1! cookie12 cookie123 cookie123! cookie1234 cookie12345 cookie123456
cookie1999 cookie2000 cookie2010 cookie2011 cookie2012 cookie2013 cookie2014 cookie2015 cookie2016 cookie2017
cookie2018 cookie2018! cookie2019 cookie2019! cookie2020 cookie2020! cookie2021 cookie2021! cookie2022
cookie2022! cookie2023 cookie2023! cookie2024 cookie2024! cookie2025 cookie2025! cookie2026 cookie2026!
cookie2027 cookie2027! cookie321 cookie69 cookie@123 cookiecookie cookieforever corvette corvette! corvette007
corvette01 corvette1 corvette1! corvette12 corvette123 corvette123! corvette1234 corvette12345 corvette123456
corvette1999 corvette2000 corvette2010 corvette2011 corvette2012 corvette2013 corvette2014 corvette2015
corvette2016 corvette2017 corvette2018 corvette2018! corvette2019 corvette2019! corvette2020 corvette2020!
corvette2021 corvette2021! corvette2022 corvette2022! corvette2023 corvette2023! corvette2024 corvette2024!
corvette2025 corvette2025! corvette2026 corvette2026! corvette2027 corvette2027! corvette321 corvette69
corvette@123 corvettecorvette corvetteforever cosmos007 cosmos01 cosmos1! cosmos12 cosmos123 cosmos123!
cosmos1234 cosmos12345 cosmos123456 cosmos1999 cosmos2000 cosmos2010 cosmos2011 cosmos2012 cosmos2013
cosmos2014 cosmos2015 cosmos2016 cosmos2017 cosmos2018 cosmos2018! cosmos2019 cosmos2019! cosmos2020
cosmos2020! cosmos2021 cosmos2021! cosmos2022 cosmos2022! cosmos2023 cosmos2023! cosmos2024 cosmos2024!
cosmos2025 cosmos2025! cosmos2026 cosmos2026! cosmos2027 cosmos2027! cosmos321 cosmos69 cosmos@123
cosmoscosmos cosmosforever cowboys! cowboys007 cowboys01 cowboys1 cowboys1! cowboys12 cowboys123 cowboys123!
cowboys1234 cowboys12345 cowboys123456 cowboys1999 cowboys2000 cowboys2010 cowboys2011 cowboys2012 cowboys2013
cowboys2014 cowboys2015 cowboys2016 cowboys2017 cowboys2018 cowboys2018! cowboys2019 cowboys2019! cowboys2020
cowboys2020! cowboys2021 cowboys2021! cowboys2022 cowboys2022! cowboys2023 cowboys2023! cowboys2024
cowboys2024! cowboys2025 cowboys2025! cowboys2026 cowboys2026! cowboys2027 cowboys2027! cowboys321 cowboys69
cowboys@123 cowboyscowboys cowboysforever cry$t@l123 crystal! crystal007 crystal01 crystal1 crystal1!
crystal12 crystal123 crystal123! crystal1234 crystal12345 crystal123456 crystal1999 crystal2000 crystal2010
crystal2011 crystal2012 crystal2013 crystal2014 crystal2015 crystal2016 crystal2017 crystal2018 crystal2018!
crystal2019 crystal2019! crystal2020 crystal2020! crystal2021 crystal2021! crystal2022 crystal2022!
crystal2023 crystal2023! crystal2024 crystal2024! crystal2025 crystal2025! crystal2026 crystal2026!
crystal2027 crystal2027! crystal321 crystal69 crystal@123 crystalcrystal crystalforever cynthia! cynthia01
cynthia1 cynthia123 cynthia123! cynthia1234 cynthia12345 cynthia123456 cynthia1980 cynthia1981 cynthia1982
cynthia1983 cynthia1984 cynthia1985 cynthia1986 cynthia1987 cynthia1988 cynthia1989 cynthia1990 cynthia1991
cynthia1992 cynthia1993 cynthia1994 cynthia1995 cynthia1996 cynthia1997 cynthia1998 cynthia1999 cynthia2000
cynthia2001 cynthia2002 cynthia2003 cynthia2004 cynthia2005 cynthia2006 cynthia2007 cynthia2008 cynthia4ever
cynthiababy cynthiacynthia cynthialove cynthiapassword cynthiarocks d1@m0nd123 d1am0nd1234 d3c3mb3r123
d3f@ult123 d@ll@$123 d@n13l123 d@rl1ng123 dallas007 dallas01 dallas1! dallas12 dallas123 dallas123! dallas1234
dallas12345 dallas123456 dallas1999 dallas2000 dallas2010 dallas2011 dallas2012 dallas2013 dallas2014
dallas2015 dallas2016 dallas2017 dallas2018 dallas2018! dallas2019 dallas2019! dallas2020 dallas2020!
dallas2021 dallas2021! dallas2022 dallas2022! dallas2023 dallas2023! dallas2024 dallas2024! dallas2025
dallas2025! dallas2026 dallas2026! dallas2027 dallas2027! dallas321 dallas69 dallas@123 dallasdallas
dallasforever dan1el1234 daniel007 daniel01 daniel1! daniel12 daniel123 daniel123! daniel1234 daniel12345
daniel123456 daniel1980 daniel1981 daniel1982 daniel1983 daniel1984 daniel1985 daniel1986 daniel1987
daniel1988 daniel1989 daniel1990 daniel1991 daniel1992 daniel1993 daniel1994 daniel1995 daniel1996 daniel1997
daniel1998 daniel1999 daniel2000 daniel2001 daniel2002 daniel2003 daniel2004 daniel2005 daniel2006 daniel2007
daniel2008 daniel2010 daniel2011 daniel2012 daniel2013 daniel2014 daniel2015 daniel2016 daniel2017 daniel2018
daniel2018! daniel2019 daniel2019! daniel2020 daniel2020! daniel2021 daniel2021! daniel2022 daniel2022!
daniel2023 daniel2023! daniel2024 daniel2024! daniel2025 daniel2025! daniel2026 daniel2026! daniel2027
daniel2027! daniel321 daniel4ever daniel69 daniel@123 danielbaby danieldaniel danielforever danielle!
danielle01 danielle1 danielle123 danielle123! danielle1234 danielle12345 danielle123456 danielle1980
danielle1981 danielle1982 danielle1983 danielle1984 danielle1985 danielle1986 danielle1987 danielle1988
danielle1989 danielle1990 danielle1991 danielle1992 danielle1993 danielle1994 danielle1995 danielle1996
danielle1997 danielle1998 danielle1999 danielle2000 danielle2001 danielle2002 danielle2003 danielle2004
danielle2005 danielle2006 danielle2007 danielle2008 danielle4ever daniellebaby danielledanielle daniellelove
daniellepassword daniellerocks daniellove danielpassword danielrocks darl1ng1234 darling! darling007 darling01
darling1 darling1! darling12 darling123 darling123! darling1234 darling12345 darling123456 darling1999
darling2000 darling2010 darling2011 darling2012 darling2013 darling2014 darling2015 darling2016 darling2017
darling2018 darling2018! darling2019 darling2019! darling2020 darling2020! darling2021 darling2021!
darling2022 darling2022! darling2023 darling2023! darling2024 darling2024! darling2025 darling2025!
darling2026 darling2026! darling2027 darling2027! darling321 darling69 darling@123 darlingdarling
darlingforever david123 david123! david1234 david12345 david123456 david1980 david1981 david1982 david1983
david1984 david1985 david1986 david1987 david1988 david1989 david1990 david1991 david1992 david1993 david1994
david1995 david1996 david1997 david1998 david1999 david2000 david2001 david2002 david2003 david2004 david2005
david2006 david2007 david2008 david4ever davidbaby daviddavid davidlove davidpassword davidrocks dddddddd
dddddddddd dddddddddddd dddddddddddddddd deborah! deborah01 deborah1 deborah123 deborah123! deborah1234
deborah12345 deborah123456 deborah1980 deborah1981 deborah1982 deborah1983 deborah1984 deborah1985 deborah1986
deborah1987 deborah1988 deborah1989 deborah1990 deborah1991 deborah1992 deborah1993 deborah1994 deborah1995
deborah1996 deborah1997 deborah1998 deborah1999 deborah2000 deborah2001 deborah2002 deborah2003 deborah2004
deborah2005 deborah2006 deborah2007 deborah2008 deborah4ever deborahbaby deborahdeborah deborahlove
deborahpassword deborahrocks debra123 debra123! debra1234 debra12345 debra123456 debra1980 debra1981 debra1982
debra1983 debra1984 debra1985 debra1986 debra1987 debra1988 debra1989 debra1990 debra1991 debra1992 debra1993
debra1994 debra1995 debra1996 debra1997 debra1998 debra1999 debra2000 debra2001 debra2002 debra2003 debra2004
debra2005 debra2006 debra2007 debra2008 debra4ever debrababy debradebra debralove debrapassword debrarocks
december december! december007 december01 december1 december1! december12 december123 december123!
december1234 december12345 december123456 december1999 december2000 december2010 december2011 december2012
december2013 december2014 december2015 december2016 december2017 december2018 december2018! december2019
december2019! december2020 december2020! december2021 december2021! december2022 december2022! december2023
december2023! december2024 december2024! december2025 december2025! december2026 december2026! december2027
december2027! december321 december69 december@123 decemberdecember decemberforever default! default007
default01 default1 default1! default12 default123 default123! default1234 default12345 default123456
default1999 default2000 default2010 default2011 default2012 default2013 default2014 default2015 default2016
default2017 default2018 default2018! default2019 default2019! default2020 default2020! default2021
default2021! default2022 default2022! default2023 default2023! default2024 default2024! default2025
default2025! default2026 default2026! default2027 default2027! default321 default69 default@123 defaultdefault
defaultforever denise01 denise123 denise123! denise1234 denise12345 denise123456 denise1980 denise1981
denise1982 denise1983 denise1984 denise1985 denise1986 denise1987 denise1988 denise1989 denise1990 denise1991
denise1992 denise1993 denise1994 denise1995 denise1996 denise1997 denise1998 denise1999 denise2000 denise2001
denise2002 denise2003 denise2004 denise2005 denise2006 denise2007 denise2008 denise4ever denisebaby
denisedenise deniselove denisepassword deniserocks dennis01 dennis123 dennis123! dennis1234 dennis12345
dennis123456 dennis1980 dennis1981 dennis1982 dennis1983 dennis1984 dennis1985 dennis1986 dennis1987
dennis1988 dennis1989 dennis1990 dennis1991 dennis1992 dennis1993 dennis1994 dennis1995 dennis1996 dennis1997
dennis1998 dennis1999 dennis2000 dennis2001 dennis2002 dennis2003 dennis2004 dennis2005 dennis2006 dennis2007
dennis2008 dennis4ever dennisbaby dennisdennis dennislove dennispassword dennisrocks diamond! diamond007
diamond01 diamond1 diamond1! diamond12 diamond123 diamond123! diamond1234 diamond12345 diamond123456
diamond1999 diamond2000 diamond2010 diamond2011 diamond2012 diamond2013 diamond2014 diamond2015 diamond2016
diamond2017 diamond2018 diamond2018! diamond2019 diamond2019! diamond2020 diamond2020! diamond2021
diamond2021! diamond2022 diamond2022! diamond2023 diamond2023! diamond2024 diamond2024! diamond2025
diamond2025! diamond2026 diamond2026! diamond2027 diamond2027! diamond321 diamond69 diamond@123 diamonddiamond
diamondforever diana123 diana123! diana1234 diana12345 diana123456 diana1980 diana1981 diana1982 diana1983
diana1984 diana1985 diana1986 diana1987 diana1988 diana1989 diana1990 diana1991 diana1992 diana1993 diana1994
diana1995 diana1996 diana1997 diana1998 diana1999 diana2000 diana2001 diana2002 diana2003 diana2004 diana2005
diana2006 diana2007 diana2008 diana4ever dianababy dianadiana dianalove dianapassword dianarocks diane123
diane123! diane1234 diane12345 diane123456 diane1980 diane1981 diane1982 diane1983 diane1984 diane1985
diane1986 diane1987 diane1988 diane1989 diane1990 diane1991 diane1992 diane1993 diane1994 diane1995 diane1996
diane1997 diane1998 diane1999 diane2000 diane2001 diane2002 diane2003 diane2004 diane2005 diane2006 diane2007
diane2008 diane4ever dianebaby dianediane dianelove dianepassword dianerocks donald01 donald123 donald123!
donald1234 donald12345 donald123456 donald1980 donald1981 donald1982 donald1983 donald1984 donald1985
donald1986 donald1987 donald1988 donald1989 donald1990 donald1991 donald1992 donald1993 donald1994 donald1995
donald1996 donald1997 donald1998 donald1999 donald2000 donald2001 donald2002 donald2003 donald2004 donald2005
donald2006 donald2007 donald2008 donald4ever donaldbaby donalddonald donaldlove donaldpassword donaldrocks
donna123 donna123! donna1234 donna12345 donna123456 donna1980 donna1981 donna1982 donna1983 donna1984
donna1985 donna1986 donna1987 donna1988 donna1989 donna1990 donna1991 donna1992 donna1993 donna1994 donna1995
donna1996 donna1997 donna1998 donna1999 donna2000 donna2001 donna2002 donna2003 donna2004 donna2005 donna2006
donna2007 donna2008 donna4ever donnababy donnadonna donnalove donnapassword donnarocks doris123 doris123!
doris1234 doris12345 doris123456 doris1980 doris1981 doris1982 doris1983 doris1984 doris1985 doris1986
doris1987 doris1988 doris1989 doris1990 doris1991 doris1992 doris1993 doris1994 doris1995 doris1996 doris1997
doris1998 doris1999 doris2000 doris2001 doris2002 doris2003 doris2004 doris2005 doris2006 doris2007 doris2008
doris4ever dorisbaby dorisdoris dorislove dorispassword dorisrocks dorothy! dorothy01 dorothy1 dorothy123
dorothy123! dorothy1234 dorothy12345 dorothy123456 dorothy1980 dorothy1981 dorothy1982 dorothy1983 dorothy1984
dorothy1985 dorothy1986 dorothy1987 dorothy1988 dorothy1989 dorothy1990 dorothy1991 dorothy1992 dorothy1993
dorothy1994 dorothy1995 dorothy1996 dorothy1997 dorothy1998 dorothy1999 dorothy2000 dorothy2001 dorothy2002
dorothy2003 dorothy2004 dorothy2005 dorothy2006 dorothy2007 dorothy2008 dorothy4ever dorothybaby
dorothydorothy dorothylove dorothypassword dorothyrocks douglas! douglas01 douglas1 douglas123 douglas123!
douglas1234 douglas12345 douglas123456 douglas1980 douglas1981 douglas1982 douglas1983 douglas1984 douglas1985
douglas1986 douglas1987 douglas1988 douglas1989 douglas1990 douglas1991 douglas1992 douglas1993 douglas1994
douglas1995 douglas1996 douglas1997 douglas1998 douglas1999 douglas2000 douglas2001 douglas2002 douglas2003
douglas2004 douglas2005 douglas2006 douglas2007 douglas2008 douglas4ever douglasbaby douglasdouglas
douglaslove douglaspassword douglasrocks dr@g0n123 dr@g0n123123 drag0n1231234 drag0n1234 dragon007 dragon01
dragon1! dragon12 dragon123 dragon123! dragon123007 dragon12301 dragon1231 dragon1231! dragon12312
dragon123123 dragon123123! dragon1231234 dragon12312345 dragon123123456 dragon1231999 dragon1232000
dragon1232010 dragon1232011 dragon1232012 dragon1232013 dragon1232014 dragon1232015 dragon1232016
dragon1232017 dragon1232018 dragon1232018! dragon1232019 dragon1232019! dragon1232020 dragon1232020!
dragon1232021 dragon1232021! dragon1232022 dragon1232022! dragon1232023 dragon1232023! dragon1232024
dragon1232024! dragon1232025 dragon1232025! dragon1232026 dragon1232026! dragon1232027 dragon1232027!
dragon123321 dragon1234 dragon12345 dragon123456 dragon12369 dragon123@123 dragon123dragon123 dragon123forever
dragon1999 dragon2000 dragon2010 dragon2011 dragon2012 dragon2013 dragon2014 dragon2015 dragon2016 dragon2017
dragon2018 dragon2018! dragon2019 dragon2019! dragon2020 dragon2020! dragon2021 dragon2021! dragon2022
dragon2022! dragon2023 dragon2023! dragon2024 dragon2024! dragon2025 dragon2025! dragon2026 dragon2026!
dragon2027 dragon2027! dragon321 dragon69 dragon@123 dragondragon dragonforever dylan123 dylan123! dylan1234
dylan12345 dylan123456 dylan1980 dylan1981 dylan1982 dylan1983 dylan1984 dylan1985 dylan1986 dylan1987
dylan1988 dylan1989 dylan1990 dylan1991 dylan1992 dylan1993 dylan1994 dylan1995 dylan1996 dylan1997 dylan1998
dylan1999 dylan2000 dylan2001 dylan2002 dylan2003 dylan2004 dylan2005 dylan2006 dylan2007 dylan2008 dylan4ever
dylanbaby dylandylan dylanlove dylanpassword dylanrocks eagle007 eagle123 eagle123! eagle1234 eagle12345
eagle123456 eagle1999 eagle2000 eagle2010 eagle2011 eagle2012 eagle2013 eagle2014 eagle2015 eagle2016
eagle2017 eagle2018 eagle2018! eagle2019 eagle2019! eagle2020 eagle2020! eagle2021 eagle2021! eagle2022
eagle2022! eagle2023 eagle2023! eagle2024 eagle2024! eagle2025 eagle2025! eagle2026 eagle2026! eagle2027
eagle2027! eagle321 eagle@123 eagleeagle eagleforever eagles007 eagles01 eagles1! eagles12 eagles123
eagles123! eagles1234 eagles12345 eagles123456 eagles1999 eagles2000 eagles2010 eagles2011 eagles2012
eagles2013 eagles2014 eagles2015 eagles2016 eagles2017 eagles2018 eagles2018! eagles2019 eagles2019!
eagles2020 eagles2020! eagles2021 eagles2021! eagles2022 eagles2022! eagles2023 eagles2023! eagles2024
eagles2024! eagles2025 eagles2025! eagles2026 eagles2026! eagles2027 eagles2027! eagles321 eagles69 eagles@123
eagleseagles eaglesforever ed1t0r1234 editor007 editor01 editor1! editor12 editor123 editor123! editor1234
editor12345 editor123456 editor1999 editor2000 editor2010 editor2011 editor2012 editor2013 editor2014
editor2015 editor2016 editor2017 editor2018 editor2018! editor2019 editor2019! editor2020 editor2020!
editor2021 editor2021! editor2022 editor2022! editor2023 editor2023! editor2024 editor2024! editor2025
editor2025! editor2026 editor2026! editor2027 editor2027! editor321 editor69 editor@123 editoreditor
editorforever edward01 edward123 edward123! edward1234 edward12345 edward123456 edward1980 edward1981
edward1982 edward1983 edward1984 edward1985 edward1986 edward1987 edward1988 edward1989 edward1990 edward1991
edward1992 edward1993 edward1994 edward1995 edward1996 edward1997 edward1998 edward1999 edward2000 edward2001
edward2002 edward2003 edward2004 edward2005 edward2006 edward2007 edward2008 edward4ever edwardbaby
edwardedward edwardlove edwardpassword edwardrocks eeeeeeee eeeeeeeeee eeeeeeeeeeee eeeeeeeeeeeeeeee
el1zabeth1234 elizabeth elizabeth! elizabeth007 elizabeth01 elizabeth1 elizabeth1! elizabeth12 elizabeth123
elizabeth123! elizabeth1234 elizabeth12345 elizabeth123456 elizabeth1980 elizabeth1981 elizabeth1982
elizabeth1983 elizabeth1984 elizabeth1985 elizabeth1986 elizabeth1987 elizabeth1988 elizabeth1989
elizabeth1990 elizabeth1991 elizabeth1992 elizabeth1993 elizabeth1994 elizabeth1995 elizabeth1996
elizabeth1997 elizabeth1998 elizabeth1999 elizabeth2000 elizabeth2001 elizabeth2002 elizabeth2003
elizabeth2004 elizabeth2005 elizabeth2006 elizabeth2007 elizabeth2008 elizabeth2010 elizabeth2011
elizabeth2012 elizabeth2013 elizabeth2014 elizabeth2015 elizabeth2016 elizabeth2017 elizabeth2018
elizabeth2018! elizabeth2019 elizabeth2019! elizabeth2020 elizabeth2020! elizabeth2021 elizabeth2021!
elizabeth2022 elizabeth2022! elizabeth2023 elizabeth2023! elizabeth2024 elizabeth2024! elizabeth2025
elizabeth2025! elizabeth2026 elizabeth2026! elizabeth2027 elizabeth2027! elizabeth321 elizabeth4ever
elizabeth69 elizabeth@123 elizabethbaby elizabethelizabeth elizabethforever elizabethlove elizabethpassword
elizabethrocks emily123 emily123! emily1234 emily12345 emily123456 emily1980 emily1981 emily1982 emily1983
emily1984 emily1985 emily1986 emily1987 emily1988 emily1989 emily1990 emily1991 emily1992 emily1993 emily1994
emily1995 emily1996 emily1997 emily1998 emily1999 emily2000 emily2001 emily2002 emily2003 emily2004 emily2005
emily2006 emily2007 emily2008 emily4ever emilybaby emilyemily emilylove emilypassword emilyrocks emma123!
emma1234 emma12345 emma123456 emma1980 emma1981 emma1982 emma1983 emma1984 emma1985 emma1986 emma1987 emma1988
emma1989 emma1990 emma1991 emma1992 emma1993 emma1994 emma1995 emma1996 emma1997 emma1998 emma1999 emma2000
emma2001 emma2002 emma2003 emma2004 emma2005 emma2006 emma2007 emma2008 emma4ever emmababy emmaemma emmalove
emmapassword emmarocks energy007 energy01 energy1! energy12 energy123 energy123! energy1234 energy12345
energy123456 energy1999 energy2000 energy2010 energy2011 energy2012 energy2013 energy2014 energy2015
energy2016 energy2017 energy2018 energy2018! energy2019 energy2019! energy2020 energy2020! energy2021
energy2021! energy2022 energy2022! energy2023 energy2023! energy2024 energy2024! energy2025 energy2025!
energy2026 energy2026! energy2027 energy2027! energy321 energy69 energy@123 energyenergy energyforever
england! england007 england01 england1 england1! england12 england123 england123! england1234 england12345
england123456 england1999 england2000 england2010 england2011 england2012 england2013 england2014 england2015
england2016 england2017 england2018 england2018! england2019 england2019! england2020 england2020! england2021
england2021! england2022 england2022! england2023 england2023! england2024 england2024! england2025
england2025! england2026 england2026! england2027 england2027! england321 england69 england@123 englandengland
englandforever eric123! eric1234 eric12345 eric123456 eric1980 eric1981 eric1982 eric1983 eric1984 eric1985
eric1986 eric1987 eric1988 eric1989 eric1990 eric1991 eric1992 eric1993 eric1994 eric1995 eric1996 eric1997
eric1998 eric1999 eric2000 eric2001 eric2002 eric2003 eric2004 eric2005 eric2006 eric2007 eric2008 eric4ever
ericbaby ericeric ericlove ericpassword ericrocks ethan123 ethan123! ethan1234 ethan12345 ethan123456
ethan1980 ethan1981 ethan1982 ethan1983 ethan1984 ethan1985 ethan1986 ethan1987 ethan1988 ethan1989 ethan1990
ethan1991 ethan1992 ethan1993 ethan1994 ethan1995 ethan1996 ethan1997 ethan1998 ethan1999 ethan2000 ethan2001
ethan2002 ethan2003 ethan2004 ethan2005 ethan2006 ethan2007 ethan2008 ethan4ever ethanbaby ethanethan
ethanlove ethanpassword ethanrocks evelyn01 evelyn123 evelyn123! evelyn1234 evelyn12345 evelyn123456
evelyn1980 evelyn1981 evelyn1982 evelyn1983 evelyn1984 evelyn1985 evelyn1986 evelyn1987 evelyn1988 evelyn1989
evelyn1990 evelyn1991 evelyn1992 evelyn1993 evelyn1994 evelyn1995 evelyn1996 evelyn1997 evelyn1998 evelyn1999
evelyn2000 evelyn2001 evelyn2002 evelyn2003 evelyn2004 evelyn2005 evelyn2006 evelyn2007 evelyn2008 evelyn4ever
evelynbaby evelynevelyn evelynlove evelynpassword evelynrocks f00tb@ll1123 f00tb@ll123 f00tball11234
f00tball1234 f0r3v3r123 f0rever1234 f0rtn1t3123 f0rtn1te1234 f3bru@ry123 f3rr@r1123 f@c3b00k123 f@lc0n123
f@m1ly123 faceb00k1234 facebook facebook! facebook007 facebook01 facebook1 facebook1! facebook12 facebook123
facebook123! facebook1234 facebook12345 facebook123456 facebook1999 facebook2000 facebook2010 facebook2011
facebook2012 facebook2013 facebook2014 facebook2015 facebook2016 facebook2017 facebook2018 facebook2018!
facebook2019 facebook2019! facebook2020 facebook2020! facebook2021 facebook2021! facebook2022 facebook2022!
facebook2023 facebook2023! facebook2024 facebook2024! facebook2025 facebook2025! facebook2026 facebook2026!
facebook2027 facebook2027! facebook321 facebook69 facebook@123 facebookfacebook facebookforever falc0n1234
falcon007 falcon01 falcon1! falcon12 falcon123 falcon123! falcon1234 falcon12345 falcon123456 falcon1999
falcon2000 falcon2010 falcon2011 falcon2012 falcon2013 falcon2014 falcon2015 falcon2016 falcon2017 falcon2018
falcon2018! falcon2019 falcon2019! falcon2020 falcon2020! falcon2021 falcon2021! falcon2022 falcon2022!
falcon2023 falcon2023! falcon2024 falcon2024! falcon2025 falcon2025! falcon2026 falcon2026! falcon2027
falcon2027! falcon321 falcon69 falcon@123 falconfalcon falconforever fam1ly1234 family007 family01 family1!
family12 family123 family123! family1234 family12345 family123456 family1999 family2000 family2010 family2011
family2012 family2013 family2014 family2015 family2016 family2017 family2018 family2018! family2019
family2019! family2020 family2020! family2021 family2021! family2022 family2022! family2023 family2023!
family2024 family2024! family2025 family2025! family2026 family2026! family2027 family2027! family321 family69
family@123 familyfamily familyforever february february! february007 february01 february1 february1!
february12 february123 february123! february1234 february12345 february123456 february1999 february2000
february2010 february2011 february2012 february2013 february2014 february2015 february2016 february2017
february2018 february2018! february2019 february2019! february2020 february2020! february2021 february2021!
february2022 february2022! february2023 february2023! february2024 february2024! february2025 february2025!
february2026 february2026! february2027 february2027! february321 february69 february@123 februaryfebruary
februaryforever ferrar11234 ferrari! ferrari007 ferrari01 ferrari1 ferrari1! ferrari12 ferrari123 ferrari123!
ferrari1234 ferrari12345 ferrari123456 ferrari1999 ferrari2000 ferrari2010 ferrari2011 ferrari2012 ferrari2013
ferrari2014 ferrari2015 ferrari2016 ferrari2017 ferrari2018 ferrari2018! ferrari2019 ferrari2019! ferrari2020
ferrari2020! ferrari2021 ferrari2021! ferrari2022 ferrari2022! ferrari2023 ferrari2023! ferrari2024
ferrari2024! ferrari2025 ferrari2025! ferrari2026 ferrari2026! ferrari2027 ferrari2027! ferrari321 ferrari69
ferrari@123 ferrariferrari ferrariforever ffffffff ffffffffff ffffffffffff ffffffffffffffff fl0w3r123
fl0wer1234 flower007 flower01 flower1! flower12 flower123 flower123! flower1234 flower12345 flower123456
flower1999 flower2000 flower2010 flower2011 flower2012 flower2013 flower2014 flower2015 flower2016 flower2017
flower2018 flower2018! flower2019 flower2019! flower2020 flower2020! flower2021 flower2021! flower2022
flower2022! flower2023 flower2023! flower2024 flower2024! flower2025 flower2025! flower2026 flower2026!
flower2027 flower2027! flower321 flower69 flower@123 flowerflower flowerforever football football! football007
football01 football1 football1! football1007 football101 football11 football11! football112 football1123
football1123! football11234 football112345 football1123456 football11999 football12 football12000
football12010 football12011 football12012 football12013 football12014 football12015 football12016
football12017 football12018 football12018! football12019 football12019! football12020 football12020!
football12021 football12021! football12022 football12022! football12023 football12023! football12024
football12024! football12025 football12025! football12026 football12026! football12027 football12027!
football123 football123! football1234 football12345 football123456 football1321 football169 football1999
football1@123 football1football1 football1forever football2000 football2010 football2011 football2012
football2013 football2014 football2015 football2016 football2017 football2018 football2018! football2019
football2019! football2020 football2020! football2021 football2021! football2022 football2022! football2023
football2023! football2024 football2024! football2025 football2025! football2026 football2026! football2027
football2027! football321 football69 football@123 footballfootball footballforever forever! forever007
forever01 forever1 forever1! forever12 forever123 forever123! forever1234 forever12345 forever123456
forever1999 forever2000 forever2010 forever2011 forever2012 forever2013 forever2014 forever2015 forever2016
forever2017 forever2018 forever2018! forever2019 forever2019! forever2020 forever2020! forever2021
forever2021! forever2022 forever2022! forever2023 forever2023! forever2024 forever2024! forever2025
forever2025! forever2026 forever2026! forever2027 forever2027! forever321 forever69 forever@123 foreverforever
fortnite fortnite! fortnite007 fortnite01 fortnite1 fortnite1! fortnite12 fortnite123 fortnite123!
fortnite1234 fortnite12345 fortnite123456 fortnite1999 fortnite2000 fortnite2010 fortnite2011 fortnite2012
fortnite2013 fortnite2014 fortnite2015 fortnite2016 fortnite2017 fortnite2018 fortnite2018! fortnite2019
fortnite2019! fortnite2020 fortnite2020! fortnite2021 fortnite2021! fortnite2022 fortnite2022! fortnite2023
fortnite2023! fortnite2024 fortnite2024! fortnite2025 fortnite2025! fortnite2026 fortnite2026! fortnite2027
fortnite2027! fortnite321 fortnite69 fortnite@123 fortniteforever fortnitefortnite fr13nd$123 fr1d@y123
fr1day1234 fr1ends1234 fr33d0m123 fr@nc3123 france007 france01 france1! france12 france123 france123!
france1234 france12345 france123456 france1999 france2000 france2010 france2011 france2012 france2013
france2014 france2015 france2016 france2017 france2018 france2018! france2019 france2019! france2020
france2020! france2021 france2021! france2022 france2022! france2023 france2023! france2024 france2024!
france2025 france2025! france2026 france2026! france2027 france2027! france321 france69 france@123
franceforever francefrance frances! frances01 frances1 frances123 frances123! frances1234 frances12345
frances123456 frances1980 frances1981 frances1982 frances1983 frances1984 frances1985 frances1986 frances1987
frances1988 frances1989 frances1990 frances1991 frances1992 frances1993 frances1994 frances1995 frances1996
frances1997 frances1998 frances1999 frances2000 frances2001 frances2002 frances2003 frances2004 frances2005
frances2006 frances2007 frances2008 frances4ever francesbaby francesfrances franceslove francespassword
francesrocks frank123 frank123! frank1234 frank12345 frank123456 frank1980 frank1981 frank1982 frank1983
frank1984 frank1985 frank1986 frank1987 frank1988 frank1989 frank1990 frank1991 frank1992 frank1993 frank1994
frank1995 frank1996 frank1997 frank1998 frank1999 frank2000 frank2001 frank2002 frank2003 frank2004 frank2005
frank2006 frank2007 frank2008 frank4ever frankbaby frankfrank franklove frankpassword frankrocks freed0m1234
freedom! freedom007 freedom01 freedom1 freedom1! freedom12 freedom123 freedom123! freedom1234 freedom12345
freedom123456 freedom1999 freedom2000 freedom2010 freedom2011 freedom2012 freedom2013 freedom2014 freedom2015
freedom2016 freedom2017 freedom2018 freedom2018! freedom2019 freedom2019! freedom2020 freedom2020! freedom2021
freedom2021! freedom2022 freedom2022! freedom2023 freedom2023! freedom2024 freedom2024! freedom2025
freedom2025! freedom2026 freedom2026! freedom2027 freedom2027! freedom321 freedom69 freedom@123 freedomforever
freedomfreedom friday007 friday01 friday1! friday12 friday123 friday123! friday1234 friday12345 friday123456
friday1999 friday2000 friday2010 friday2011 friday2012 friday2013 friday2014 friday2015 friday2016 friday2017
friday2018 friday2018! friday2019 friday2019! friday2020 friday2020! friday2021 friday2021! friday2022
friday2022! friday2023 friday2023! friday2024 friday2024! friday2025 friday2025! friday2026 friday2026!
friday2027 friday2027! friday321 friday69 friday@123 fridayforever fridayfriday friends! friends007 friends01
friends1 friends1! friends12 friends123 friends123! friends1234 friends12345 friends123456 friends1999
friends2000 friends2010 friends2011 friends2012 friends2013 friends2014 friends2015 friends2016 friends2017
friends2018 friends2018! friends2019 friends2019! friends2020 friends2020! friends2021 friends2021!
friends2022 friends2022! friends2023 friends2023! friends2024 friends2024! friends2025 friends2025!
friends2026 friends2026! friends2027 friends2027! friends321 friends69 friends@123 friendsforever
friendsfriends g00gl3123 g00gle1234 g0ld3n123 g0lden1234 g1ng3r123 g1nger1234 g3rm@ny123 g@l@xy123 g@m1ng123
g@m3r123 g@nd@lf123 gabriel! gabriel01 gabriel1 gabriel123 gabriel123! gabriel1234 gabriel12345 gabriel123456
gabriel1980 gabriel1981 gabriel1982 gabriel1983 gabriel1984 gabriel1985 gabriel1986 gabriel1987 gabriel1988
gabriel1989 gabriel1990 gabriel1991 gabriel1992 gabriel1993 gabriel1994 gabriel1995 gabriel1996 gabriel1997
gabriel1998 gabriel1999 gabriel2000 gabriel2001 gabriel2002 gabriel2003 gabriel2004 gabriel2005 gabriel2006
gabriel2007 gabriel2008 gabriel4ever gabrielbaby gabrielgabriel gabriellove gabrielpassword gabrielrocks
galaxy007 galaxy01 galaxy1! galaxy12 galaxy123 galaxy123! galaxy1234 galaxy12345 galaxy123456 galaxy1999
galaxy2000 galaxy2010 galaxy2011 galaxy2012 galaxy2013 galaxy2014 galaxy2015 galaxy2016 galaxy2017 galaxy2018
galaxy2018! galaxy2019 galaxy2019! galaxy2020 galaxy2020! galaxy2021 galaxy2021! galaxy2022 galaxy2022!
galaxy2023 galaxy2023! galaxy2024 galaxy2024! galaxy2025 galaxy2025! galaxy2026 galaxy2026! galaxy2027
galaxy2027! galaxy321 galaxy69 galaxy@123 galaxyforever galaxygalaxy gam1ng1234 gamer007 gamer123 gamer123!
gamer1234 gamer12345 gamer123456 gamer1999 gamer2000 gamer2010 gamer2011 gamer2012 gamer2013 gamer2014
gamer2015 gamer2016 gamer2017 gamer2018 gamer2018! gamer2019 gamer2019! gamer2020 gamer2020! gamer2021
gamer2021! gamer2022 gamer2022! gamer2023 gamer2023! gamer2024 gamer2024! gamer2025 gamer2025! gamer2026
gamer2026! gamer2027 gamer2027! gamer321 gamer@123 gamerforever gamergamer gaming007 gaming01 gaming1!
gaming12 gaming123 gaming123! gaming1234 gaming12345 gaming123456 gaming1999 gaming2000 gaming2010 gaming2011
gaming2012 gaming2013 gaming2014 gaming2015 gaming2016 gaming2017 gaming2018 gaming2018! gaming2019
gaming2019! gaming2020 gaming2020! gaming2021 gaming2021! gaming2022 gaming2022! gaming2023 gaming2023!
gaming2024 gaming2024! gaming2025 gaming2025! gaming2026 gaming2026! gaming2027 gaming2027! gaming321 gaming69
gaming@123 gamingforever gaminggaming gandalf! gandalf007 gandalf01 gandalf1 gandalf1! gandalf12 gandalf123
gandalf123! gandalf1234 gandalf12345 gandalf123456 gandalf1999 gandalf2000 gandalf2010 gandalf2011 gandalf2012
gandalf2013 gandalf2014 gandalf2015 gandalf2016 gandalf2017 gandalf2018 gandalf2018! gandalf2019 gandalf2019!
gandalf2020 gandalf2020! gandalf2021 gandalf2021! gandalf2022 gandalf2022! gandalf2023 gandalf2023!
gandalf2024 gandalf2024! gandalf2025 gandalf2025! gandalf2026 gandalf2026! gandalf2027 gandalf2027! gandalf321
gandalf69 gandalf@123 gandalfforever gandalfgandalf gary123! gary1234 gary12345 gary123456 gary1980 gary1981
gary1982 gary1983 gary1984 gary1985 gary1986 gary1987 gary1988 gary1989 gary1990 gary1991 gary1992 gary1993
gary1994 gary1995 gary1996 gary1997 gary1998 gary1999 gary2000 gary2001 gary2002 gary2003 gary2004 gary2005
gary2006 gary2007 gary2008 gary4ever garybaby garygary garylove garypassword garyrocks george01 george123
george123! george1234 george12345 george123456 george1980 george1981 george1982 george1983 george1984
george1985 george1986 george1987 george1988 george1989 george1990 george1991 george1992 george1993 george1994
george1995 george1996 george1997 george1998 george1999 george2000 george2001 george2002 george2003 george2004
george2005 george2006 george2007 george2008 george4ever georgebaby georgegeorge georgelove georgepassword
georgerocks gerald01 gerald123 gerald123! gerald1234 gerald12345 gerald123456 gerald1980 gerald1981 gerald1982
gerald1983 gerald1984 gerald1985 gerald1986 gerald1987 gerald1988 gerald1989 gerald1990 gerald1991 gerald1992
gerald1993 gerald1994 gerald1995 gerald1996 gerald1997 gerald1998 gerald1999 gerald2000 gerald2001 gerald2002
gerald2003 gerald2004 gerald2005 gerald2006 gerald2007 gerald2008 gerald4ever geraldbaby geraldgerald
geraldlove geraldpassword geraldrocks germany! germany007 germany01 germany1 germany1! germany12 germany123
germany123! germany1234 germany12345 germany123456 germany1999 germany2000 germany2010 germany2011 germany2012
germany2013 germany2014 germany2015 germany2016 germany2017 germany2018 germany2018! germany2019 germany2019!
germany2020 germany2020! germany2021 germany2021! germany2022 germany2022! germany2023 germany2023!
germany2024 germany2024! germany2025 germany2025! germany2026 germany2026! germany2027 germany2027! germany321
germany69 germany@123 germanyforever germanygermany gggggggg gggggggggg gggggggggggg gggggggggggggggg
ginger007 ginger01 ginger1! ginger12 ginger123 ginger123! ginger1234 ginger12345 ginger123456 ginger1999
ginger2000 ginger2010 ginger2011 ginger2012 ginger2013 ginger2014 ginger2015 ginger2016 ginger2017 ginger2018
ginger2018! ginger2019 ginger2019! ginger2020 ginger2020! ginger2021 ginger2021! ginger2022 ginger2022!
ginger2023 ginger2023! ginger2024 ginger2024! ginger2025 ginger2025! ginger2026 ginger2026! ginger2027
ginger2027! ginger321 ginger69 ginger@123 gingerforever gingerginger gloria01 gloria123 gloria123! gloria1234
gloria12345 gloria123456 gloria1980 gloria1981 gloria1982 gloria1983 gloria1984 gloria1985 gloria1986
gloria1987 gloria1988 gloria1989 gloria1990 gloria1991 gloria1992 gloria1993 gloria1994 gloria1995 gloria1996
gloria1997 gloria1998 gloria1999 gloria2000 gloria2001 gloria2002 gloria2003 gloria2004 gloria2005 gloria2006
gloria2007 gloria2008 gloria4ever gloriababy gloriagloria glorialove gloriapassword gloriarocks golden007
golden01 golden1! golden12 golden123 golden123! golden1234 golden12345 golden123456 golden1999 golden2000
golden2010 golden2011 golden2012 golden2013 golden2014 golden2015 golden2016 golden2017 golden2018 golden2018!
golden2019 golden2019! golden2020 golden2020! golden2021 golden2021! golden2022 golden2022! golden2023
golden2023! golden2024 golden2024! golden2025 golden2025! golden2026 golden2026! golden2027 golden2027!
golden321 golden69 golden@123 goldenforever goldengolden google007 google01 google1! google12 google123
google123! google1234 google12345 google123456 google1999 google2000 google2010 google2011 google2012
google2013 google2014 google2015 google2016 google2017 google2018 google2018! google2019 google2019!
google2020 google2020! google2021 google2021! google2022 google2022! google2023 google2023! google2024
google2024! google2025 google2025! google2026 google2026! google2027 google2027! google321 google69 google@123
googleforever googlegoogle grace123 grace123! grace1234 grace12345 grace123456 grace1980 grace1981 grace1982
grace1983 grace1984 grace1985 grace1986 grace1987 grace1988 grace1989 grace1990 grace1991 grace1992 grace1993
grace1994 grace1995 grace1996 grace1997 grace1998 grace1999 grace2000 grace2001 grace2002 grace2003 grace2004
grace2005 grace2006 grace2007 grace2008 grace4ever gracebaby gracegrace gracelove gracepassword gracerocks
gregory! gregory01 gregory1 gregory123 gregory123! gregory1234 gregory12345 gregory123456 gregory1980
gregory1981 gregory1982 gregory1983 gregory1984 gregory1985 gregory1986 gregory1987 gregory1988 gregory1989
gregory1990 gregory1991 gregory1992 gregory1993 gregory1994 gregory1995 gregory1996 gregory1997 gregory1998
gregory1999 gregory2000 gregory2001 gregory2002 gregory2003 gregory2004 gregory2005 gregory2006 gregory2007
gregory2008 gregory4ever gregorybaby gregorygregory gregorylove gregorypassword gregoryrocks gu1t@r123
gu1tar1234 gu3$t123 guest007 guest123 guest123! guest1234 guest12345 guest123456 guest1999 guest2000 guest2010
guest2011 guest2012 guest2013 guest2014 guest2015 guest2016 guest2017 guest2018 guest2018! guest2019
guest2019! guest2020 guest2020! guest2021 guest2021! guest2022 guest2022! guest2023 guest2023! guest2024
guest2024! guest2025 guest2025! guest2026 guest2026! guest2027 guest2027! guest321 guest@123 guestforever
guestguest guitar007 guitar01 guitar1! guitar12 guitar123 guitar123! guitar1234 guitar12345 guitar123456
guitar1999 guitar2000 guitar2010 guitar2011 guitar2012 guitar2013 guitar2014 guitar2015 guitar2016 guitar2017
guitar2018 guitar2018! guitar2019 guitar2019! guitar2020 guitar2020! guitar2021 guitar2021! guitar2022
guitar2022! guitar2023 guitar2023! guitar2024 guitar2024! guitar2025 guitar2025! guitar2026 guitar2026!
guitar2027 guitar2027! guitar321 guitar69 guitar@123 guitarforever guitarguitar h0ck3y123 h0ckey1234 h0n3y123
h0ney1234 h0u$t0n123 h0ust0n1234 h1$t0ry123 h1st0ry1234 h3@v3n123 h3ll0123 h3ll0w0rld123 h@ck3r123
h@pp1n3$$123 h@rl3y123 hacker007 hacker01 hacker1! hacker12 hacker123 hacker123! hacker1234 hacker12345
hacker123456 hacker1999 hacker2000 hacker2010 hacker2011 hacker2012 hacker2013 hacker2014 hacker2015
hacker2016 hacker2017 hacker2018 hacker2018! hacker2019 hacker2019! hacker2020 hacker2020! hacker2021
hacker2021! hacker2022 hacker2022! hacker2023 hacker2023! hacker2024 hacker2024! hacker2025 hacker2025!
hacker2026 hacker2026! hacker2027 hacker2027! hacker321 hacker69 hacker@123 hackerforever hackerhacker
hannah01 hannah123 hannah123! hannah1234 hannah12345 hannah123456 hannah1980 hannah1981 hannah1982 hannah1983
hannah1984 hannah1985 hannah1986 hannah1987 hannah1988 hannah1989 hannah1990 hannah1991 hannah1992 hannah1993
hannah1994 hannah1995 hannah1996 hannah1997 hannah1998 hannah1999 hannah2000 hannah2001 hannah2002 hannah2003
hannah2004 hannah2005 hannah2006 hannah2007 hannah2008 hannah4ever hannahbaby hannahhannah hannahlove
hannahpassword hannahrocks happ1ness1234 happiness happiness! happiness007 happiness01 happiness1 happiness1!
happiness12 happiness123 happiness123! happiness1234 happiness12345 happiness123456 happiness1999
happiness2000 happiness2010 happiness2011 happiness2012 happiness2013 happiness2014 happiness2015
happiness2016 happiness2017 happiness2018 happiness2018! happiness2019 happiness2019! happiness2020
happiness2020! happiness2021 happiness2021! happiness2022 happiness2022! happiness2023 happiness2023!
happiness2024 happiness2024! happiness2025 happiness2025! happiness2026 happiness2026! happiness2027
happiness2027! happiness321 happiness69 happiness@123 happinessforever happinesshappiness harley007 harley01
harley1! harley12 harley123 harley123! harley1234 harley12345 harley123456 harley1999 harley2000 harley2010
harley2011 harley2012 harley2013 harley2014 harley2015 harley2016 harley2017 harley2018 harley2018! harley2019
harley2019! harley2020 harley2020! harley2021 harley2021! harley2022 harley2022! harley2023 harley2023!
harley2024 harley2024! harley2025 harley2025! harley2026 harley2026! harley2027 harley2027! harley321 harley69
harley@123 harleyforever harleyharley harold01 harold123 harold123! harold1234 harold12345 harold123456
harold1980 harold1981 harold1982 harold1983 harold1984 harold1985 harold1986 harold1987 harold1988 harold1989
harold1990 harold1991 harold1992 harold1993 harold1994 harold1995 harold1996 harold1997 harold1998 harold1999
harold2000 harold2001 harold2002 harold2003 harold2004 harold2005 harold2006 harold2007 harold2008 harold4ever
haroldbaby haroldharold haroldlove haroldpassword haroldrocks heather! heather01 heather1 heather123
heather123! heather1234 heather12345 heather123456 heather1980 heather1981 heather1982 heather1983 heather1984
heather1985 heather1986 heather1987 heather1988 heather1989 heather1990 heather1991 heather1992 heather1993
heather1994 heather1995 heather1996 heather1997 heather1998 heather1999 heather2000 heather2001 heather2002
heather2003 heather2004 heather2005 heather2006 heather2007 heather2008 heather4ever heatherbaby
heatherheather heatherlove heatherpassword heatherrocks heaven007 heaven01 heaven1! heaven12 heaven123
heaven123! heaven1234 heaven12345 heaven123456 heaven1999 heaven2000 heaven2010 heaven2011 heaven2012
heaven2013 heaven2014 heaven2015 heaven2016 heaven2017 heaven2018 heaven2018! heaven2019 heaven2019!
heaven2020 heaven2020! heaven2021 heaven2021! heaven2022 heaven2022! heaven2023 heaven2023! heaven2024
heaven2024! heaven2025 heaven2025! heaven2026 heaven2026! heaven2027 heaven2027! heaven321 heaven69 heaven@123
heavenforever heavenheaven helen123 helen123! helen1234 helen12345 helen123456 helen1980 helen1981 helen1982
helen1983 helen1984 helen1985 helen1986 helen1987 helen1988 helen1989 helen1990 helen1991 helen1992 helen1993
helen1994 helen1995 helen1996 helen1997 helen1998 helen1999 helen2000 helen2001 helen2002 helen2003 helen2004
helen2005 helen2006 helen2007 helen2008 helen4ever helenbaby helenhelen helenlove helenpassword helenrocks
hell01234 hell0w0rld1234 hello007 hello123 hello123! hello1234 hello12345 hello123456 hello1999 hello2000
hello2010 hello2011 hello2012 hello2013 hello2014 hello2015 hello2016 hello2017 hello2018 hello2018! hello2019
hello2019! hello2020 hello2020! hello2021 hello2021! hello2022 hello2022! hello2023 hello2023! hello2024
hello2024! hello2025 hello2025! hello2026 hello2026! hello2027 hello2027! hello321 hello@123 helloforever
hellohello helloworld helloworld! helloworld007 helloworld01 helloworld1 helloworld1! helloworld12
helloworld123 helloworld123! helloworld1234 helloworld12345 helloworld123456 helloworld1999 helloworld2000
helloworld2010 helloworld2011 helloworld2012 helloworld2013 helloworld2014 helloworld2015 helloworld2016
helloworld2017 helloworld2018 helloworld2018! helloworld2019 helloworld2019! helloworld2020 helloworld2020!
helloworld2021 helloworld2021! helloworld2022 helloworld2022! helloworld2023 helloworld2023! helloworld2024
helloworld2024! helloworld2025 helloworld2025! helloworld2026 helloworld2026! helloworld2027 helloworld2027!
helloworld321 helloworld69 helloworld@123 helloworldforever helloworldhelloworld henry123 henry123! henry1234
henry12345 henry123456 henry1980 henry1981 henry1982 henry1983 henry1984 henry1985 henry1986 henry1987
henry1988 henry1989 henry1990 henry1991 henry1992 henry1993 henry1994 henry1995 henry1996 henry1997 henry1998
henry1999 henry2000 henry2001 henry2002 henry2003 henry2004 henry2005 henry2006 henry2007 henry2008 henry4ever
henrybaby henryhenry henrylove henrypassword henryrocks hhhhhhhh hhhhhhhhhh hhhhhhhhhhhh hhhhhhhhhhhhhhhh
history! history007 history01 history1 history1! history12 history123 history123! history1234 history12345
history123456 history1999 history2000 history2010 history2011 history2012 history2013 history2014 history2015
history2016 history2017 history2018 history2018! history2019 history2019! history2020 history2020! history2021
history2021! history2022 history2022! history2023 history2023! history2024 history2024! history2025
history2025! history2026 history2026! history2027 history2027! history321 history69 history@123 historyforever
historyhistory hockey007 hockey01 hockey1! hockey12 hockey123 hockey123! hockey1234 hockey12345 hockey123456
hockey1999 hockey2000 hockey2010 hockey2011 hockey2012 hockey2013 hockey2014 hockey2015 hockey2016 hockey2017
hockey2018 hockey2018! hockey2019 hockey2019! hockey2020 hockey2020! hockey2021 hockey2021! hockey2022
hockey2022! hockey2023 hockey2023! hockey2024 hockey2024! hockey2025 hockey2025! hockey2026 hockey2026!
hockey2027 hockey2027! hockey321 hockey69 hockey@123 hockeyforever hockeyhockey honey007 honey123 honey123!
honey1234 honey12345 honey123456 honey1999 honey2000 honey2010 honey2011 honey2012 honey2013 honey2014
honey2015 honey2016 honey2017 honey2018 honey2018! honey2019 honey2019! honey2020 honey2020! honey2021
honey2021! honey2022 honey2022! honey2023 honey2023! honey2024 honey2024! honey2025 honey2025! honey2026
honey2026! honey2027 honey2027! honey321 honey@123 honeyforever honeyhoney houston! houston007 houston01
houston1 houston1! houston12 houston123 houston123! houston1234 houston12345 houston123456 houston1999
houston2000 houston2010 houston2011 houston2012 houston2013 houston2014 houston2015 houston2016 houston2017
houston2018 houston2018! houston2019 houston2019! houston2020 houston2020! houston2021 houston2021!
houston2022 houston2022! houston2023 houston2023! houston2024 houston2024! houston2025 houston2025!
houston2026 houston2026! houston2027 houston2027! houston321 houston69 houston@123 houstonforever
houstonhouston hunt3r123 hunter007 hunter01 hunter1! hunter12 hunter123 hunter123! hunter1234 hunter12345
hunter123456 hunter1999 hunter2000 hunter2010 hunter2011 hunter2012 hunter2013 hunter2014 hunter2015
hunter2016 hunter2017 hunter2018 hunter2018! hunter2019 hunter2019! hunter2020 hunter2020! hunter2021
hunter2021! hunter2022 hunter2022! hunter2023 hunter2023! hunter2024 hunter2024! hunter2025 hunter2025!
hunter2026 hunter2026! hunter2027 hunter2027! hunter321 hunter69 hunter@123 hunterforever hunterhunter
iiiiiiii iiiiiiiiii iiiiiiiiiiii iiiiiiiiiiiiiiii iloveaaron iloveabc123 iloveabcdef iloveabcdefg
iloveabcdefgh iloveabigail iloveaccess iloveadam iloveadmin iloveadministrator ilovealbert ilovealexander
ilovealexis ilovealice iloveamanda iloveamber iloveamerica iloveamy iloveandrea iloveandrew iloveangel
iloveangela iloveangels iloveann iloveanna iloveanthony iloveapple ilovearsenal ilovearthur iloveasd123
iloveasdfgh iloveasdfghjkl iloveashley iloveastronaut iloveaustin iloveaustralia iloveauthor iloveautumn
ilovebabyboy ilovebabygirl ilovebanana ilovebarbara ilovebarcelona ilovebaseball ilovebasketball ilovebatman
ilovebeatles ilovebenjamin iloveberlin ilovebetty ilovebeverly ilovebilly iloveblessed iloveboston
ilovebrandon ilovebrazil ilovebrenda ilovebrian ilovebrittany ilovebruce ilovebryan ilovebuster ilovebutterfly
ilovecanada ilovecarl ilovecarol ilovecarolyn ilovecatherine ilovechangeme ilovecharles ilovecharlie
ilovecharlotte ilovecheese ilovechelsea ilovecherry ilovecheryl ilovechicago ilovechicken ilovechina
ilovechocolate ilovechrist ilovechristian ilovechristina ilovechristine ilovechristopher ilovecobra
ilovecoffee ilovecollege ilovecomputer ilovecookie ilovecorvette ilovecosmos ilovecowboys ilovecrystal
ilovecynthia ilovedallas ilovedaniel ilovedanielle ilovedarling ilovedavid ilovedeborah ilovedebra
ilovedecember ilovedefault ilovedenise ilovedennis ilovediamond ilovediana ilovediane ilovedonald ilovedonna
ilovedoris ilovedorothy ilovedouglas ilovedragon ilovedragon123 ilovedylan iloveeagle iloveeagles iloveeditor
iloveedward iloveelizabeth iloveemily iloveemma iloveenergy iloveengland iloveeric iloveethan iloveevelyn
ilovefacebook ilovefalcon ilovefamily ilovefebruary iloveferrari iloveflower ilovefootball ilovefootball1
iloveforever ilovefortnite ilovefrance ilovefrances ilovefrank ilovefreedom ilovefriday ilovefriends
ilovegabriel ilovegalaxy ilovegamer ilovegaming ilovegandalf ilovegary ilovegeorge ilovegerald ilovegermany
iloveginger ilovegloria ilovegolden ilovegoogle ilovegrace ilovegregory iloveguest iloveguitar ilovehacker
ilovehannah ilovehappiness iloveharley iloveharold iloveheather iloveheaven ilovehelen ilovehello
ilovehelloworld ilovehenry ilovehistory ilovehockey ilovehoney ilovehouston ilovehunter iloveiloveyou
iloveiloveyou1 iloveindia iloveinstagram iloveinternet iloveiphone iloveisabella ilovejack ilovejacob
ilovejacqueline ilovejames ilovejanet ilovejanice ilovejanuary ilovejapan ilovejason ilovejean ilovejedi
ilovejeffrey ilovejennifer ilovejeremy ilovejerry ilovejesse ilovejessica ilovejesus ilovejoan ilovejoe
ilovejohn ilovejonathan ilovejordan ilovejose ilovejoseph ilovejoshua ilovejournal ilovejoyce ilovejudith
ilovejudy ilovejulia ilovejulie ilovejustice ilovejustin ilovekaren ilovekatherine ilovekathleen ilovekathryn
ilovekayla ilovekeith ilovekelly ilovekenneth ilovekevin ilovekiller ilovekimberly ilovekyle ilovelakers
ilovelarry ilovelaura ilovelauren ilovelawrence iloveletmein iloveletmein123 iloveliberty ilovelibrary
ilovelightning ilovelinda ilovelion ilovelions ilovelisa iloveliverpool ilovelogan ilovelogin ilovelondon
ilovelovely iloveloveme ilovelover ilovemadison ilovemagazine ilovemagic ilovemanchester ilovemargaret
ilovemaria ilovemarie ilovemarilyn ilovemario ilovemark ilovemartha ilovemary ilovemaster ilovemaster123
ilovemasthead ilovematrix ilovematthew ilovemegan ilovemelbourne ilovemelissa ilovemercedes ilovemerlin
ilovemetallica ilovemexico ilovemichael ilovemichelle iloveminecraft ilovemonday ilovemonkey ilovemonkey123
ilovemorpheus ilovemusic ilovemustang ilovenancy ilovenaruto ilovenatalie ilovenatasha ilovenathan iloveneo
ilovenewyork ilovenicholas ilovenicole ilovenintendo ilovenirvana ilovenissan ilovenoah ilovenovember
iloveoctober iloveolivia iloveorange ilovep@ssw0rd ilovep@ssword ilovepamela ilovepanther iloveparis
ilovepassw0rd ilovepassword ilovepassword1 ilovepatricia ilovepatrick ilovepaul ilovepeace ilovepepper
ilovepeter ilovephoenix ilovepiano ilovepineapple ilovepizza iloveplanet iloveplaystation ilovepokemon
iloveporsche ilovepower iloveprincess iloveprincess1 ilovepublisher ilovepurple iloveqazwsx iloveqwe123
iloveqweasd iloveqweasdzxc iloveqwerty iloveqwerty123 iloveqwertyuiop iloverachel iloverainbow iloveranger
iloveraymond ilovereader iloverealmadrid iloverebecca iloveresearch iloverichard iloverobert iloveroblox
iloverocket iloverocknroll iloverockstar iloveroger iloveronald iloverose iloveruth iloveryan ilovesamantha
ilovesamsung ilovesamuel ilovesandra ilovesara ilovesarah iloveschool ilovescience ilovescott ilovesean
iloveseattle ilovesecret ilovesecret123 iloveseptember iloveshadow iloveshadow123 iloveshark ilovesharon
iloveshirley ilovesilver ilovesith iloveskywalker ilovesoccer ilovesophia ilovespaceman ilovespring
ilovestarwars ilovesteelers ilovestephanie ilovestephen ilovesteven ilovestorm ilovestrawberry ilovestudent
ilovesummer ilovesunflower ilovesunshine ilovesunshine1 ilovesuperman ilovesusan ilovesweetheart ilovesweetie
ilovesydney iloveteacher ilovetemp ilovetemporary iloveteresa iloveterry ilovetest ilovetester ilovetesting
ilovetheresa ilovethomas ilovethunder ilovetiger ilovetigers ilovetimothy ilovetogether ilovetoronto
ilovetoyota ilovetrinity ilovetrustno1 ilovetuesday ilovetwitter ilovetyler iloveunited iloveuniverse
iloveuniversity ilovevader iloveveronica ilovevictoria iloveviper ilovevirginia ilovewalter iloveweekend
ilovewelcome ilovewelcome123 ilovewhatever ilovewilliam ilovewillie ilovewinter ilovewizard ilovewolf
ilovewriter ilovexbox iloveyamaha iloveyankees iloveyellow iloveyoda iloveyou iloveyou! iloveyou007 iloveyou01
iloveyou1 iloveyou1! iloveyou1007 iloveyou101 iloveyou11 iloveyou11! iloveyou112 iloveyou1123 iloveyou1123!
iloveyou11234 iloveyou112345 iloveyou1123456 iloveyou11999 iloveyou12 iloveyou12000 iloveyou12010
iloveyou12011 iloveyou12012 iloveyou12013 iloveyou12014 iloveyou12015 iloveyou12016 iloveyou12017
iloveyou12018 iloveyou12018! iloveyou12019 iloveyou12019! iloveyou12020 iloveyou12020! iloveyou12021
iloveyou12021! iloveyou12022 iloveyou12022! iloveyou12023 iloveyou12023! iloveyou12024 iloveyou12024!
iloveyou12025 iloveyou12025! iloveyou12026 iloveyou12026! iloveyou12027 iloveyou12027! iloveyou123
iloveyou123! iloveyou1234 iloveyou12345 iloveyou123456 iloveyou1321 iloveyou169 iloveyou1999 iloveyou1@123
iloveyou1forever iloveyou1iloveyou1 iloveyou2000 iloveyou2010 iloveyou2011 iloveyou2012 iloveyou2013
iloveyou2014 iloveyou2015 iloveyou2016 iloveyou2017 iloveyou2018 iloveyou2018! iloveyou2019 iloveyou2019!
iloveyou2020 iloveyou2020! iloveyou2021 iloveyou2021! iloveyou2022 iloveyou2022! iloveyou2023 iloveyou2023!
iloveyou2024 iloveyou2024! iloveyou2025 iloveyou2025! iloveyou2026 iloveyou2026! iloveyou2027 iloveyou2027!
iloveyou321 iloveyou69 iloveyou@123 iloveyouaaron iloveyouabc123 iloveyouabcdef iloveyouabcdefg
iloveyouabcdefgh iloveyouabigail iloveyouaccess iloveyouadam iloveyouadmin iloveyouadministrator
iloveyoualbert iloveyoualexander iloveyoualexis iloveyoualice iloveyouamanda iloveyouamber iloveyouamerica
iloveyouamy iloveyouandrea iloveyouandrew iloveyouangel iloveyouangela iloveyouangels iloveyouann iloveyouanna
iloveyouanthony iloveyouapple iloveyouarsenal iloveyouarthur iloveyouasd123 iloveyouasdfgh iloveyouasdfghjkl
iloveyouashley iloveyouastronaut iloveyouaustin iloveyouaustralia iloveyouauthor iloveyouautumn
iloveyoubabyboy iloveyoubabygirl iloveyoubanana iloveyoubarbara iloveyoubarcelona iloveyoubaseball
iloveyoubasketball iloveyoubatman iloveyoubeatles iloveyoubenjamin iloveyouberlin iloveyoubetty
iloveyoubeverly iloveyoubilly iloveyoublessed iloveyouboston iloveyoubrandon iloveyoubrazil iloveyoubrenda
iloveyoubrian iloveyoubrittany iloveyoubruce iloveyoubryan iloveyoubuster iloveyoubutterfly iloveyoucanada
iloveyoucarl iloveyoucarol iloveyoucarolyn iloveyoucatherine iloveyouchangeme iloveyoucharles iloveyoucharlie
iloveyoucharlotte iloveyoucheese iloveyouchelsea iloveyoucherry iloveyoucheryl iloveyouchicago iloveyouchicken
iloveyouchina iloveyouchocolate iloveyouchrist iloveyouchristian iloveyouchristina iloveyouchristine
iloveyouchristopher iloveyoucobra iloveyoucoffee iloveyoucollege iloveyoucomputer iloveyoucookie
iloveyoucorvette iloveyoucosmos iloveyoucowboys iloveyoucrystal iloveyoucynthia iloveyoudallas iloveyoudaniel
iloveyoudanielle iloveyoudarling iloveyoudavid iloveyoudeborah iloveyoudebra iloveyoudecember iloveyoudefault
iloveyoudenise iloveyoudennis iloveyoudiamond iloveyoudiana iloveyoudiane iloveyoudonald iloveyoudonna
iloveyoudoris iloveyoudorothy iloveyoudouglas iloveyoudragon iloveyoudragon123 iloveyoudylan iloveyoueagle
iloveyoueagles iloveyoueditor iloveyouedward iloveyouelizabeth iloveyouemily iloveyouemma iloveyouenergy
iloveyouengland iloveyoueric iloveyouethan iloveyouevelyn iloveyoufacebook iloveyoufalcon iloveyoufamily
iloveyoufebruary iloveyouferrari iloveyouflower iloveyoufootball iloveyoufootball1 iloveyouforever
iloveyoufortnite iloveyoufrance iloveyoufrances iloveyoufrank iloveyoufreedom iloveyoufriday iloveyoufriends
iloveyougabriel iloveyougalaxy iloveyougamer iloveyougaming iloveyougandalf iloveyougary iloveyougeorge
iloveyougerald iloveyougermany iloveyouginger iloveyougloria iloveyougolden iloveyougoogle iloveyougrace
iloveyougregory iloveyouguest iloveyouguitar iloveyouhacker iloveyouhannah iloveyouhappiness iloveyouharley
iloveyouharold iloveyouheather iloveyouheaven iloveyouhelen iloveyouhello iloveyouhelloworld iloveyouhenry
iloveyouhistory iloveyouhockey iloveyouhoney iloveyouhouston iloveyouhunter iloveyouiloveyou iloveyouiloveyou1
iloveyouindia iloveyouinstagram iloveyouinternet iloveyouiphone iloveyouisabella iloveyoujack iloveyoujacob
iloveyoujacqueline iloveyoujames iloveyoujanet iloveyoujanice iloveyoujanuary iloveyoujapan iloveyoujason
iloveyoujean iloveyoujedi iloveyoujeffrey iloveyoujennifer iloveyoujeremy iloveyoujerry iloveyoujesse
iloveyoujessica iloveyoujesus iloveyoujoan iloveyoujoe iloveyoujohn iloveyoujonathan iloveyoujordan
iloveyoujose iloveyoujoseph iloveyoujoshua iloveyoujournal iloveyoujoyce iloveyoujudith iloveyoujudy
iloveyoujulia iloveyoujulie iloveyoujustice iloveyoujustin iloveyoukaren iloveyoukatherine iloveyoukathleen
iloveyoukathryn iloveyoukayla iloveyoukeith iloveyoukelly iloveyoukenneth iloveyoukevin iloveyoukiller
iloveyoukimberly iloveyoukyle iloveyoulakers iloveyoularry iloveyoulaura iloveyoulauren iloveyoulawrence
iloveyouletmein iloveyouletmein123 iloveyouliberty iloveyoulibrary iloveyoulightning iloveyoulinda
iloveyoulion iloveyoulions iloveyoulisa iloveyouliverpool iloveyoulogan iloveyoulogin iloveyoulondon
iloveyoulovely iloveyouloveme iloveyoulover iloveyoumadison iloveyoumagazine iloveyoumagic iloveyoumanchester
iloveyoumargaret iloveyoumaria iloveyoumarie iloveyoumarilyn iloveyoumario iloveyoumark iloveyoumartha
iloveyoumary iloveyoumaster iloveyoumaster123 iloveyoumasthead iloveyoumatrix iloveyoumatthew iloveyoumegan
iloveyoumelbourne iloveyoumelissa iloveyoumercedes iloveyoumerlin iloveyoumetallica iloveyoumexico
iloveyoumichael iloveyoumichelle iloveyouminecraft iloveyoumonday iloveyoumonkey iloveyoumonkey123
iloveyoumorpheus iloveyoumusic iloveyoumustang iloveyounancy iloveyounaruto iloveyounatalie iloveyounatasha
iloveyounathan iloveyouneo iloveyounewyork iloveyounicholas iloveyounicole iloveyounintendo iloveyounirvana
iloveyounissan iloveyounoah iloveyounovember iloveyouoctober iloveyouolivia iloveyouorange iloveyoup@ssw0rd
iloveyoup@ssword iloveyoupamela iloveyoupanther iloveyouparis iloveyoupassw0rd iloveyoupassword
iloveyoupassword1 iloveyoupatricia iloveyoupatrick iloveyoupaul iloveyoupeace iloveyoupepper iloveyoupeter
iloveyouphoenix iloveyoupiano iloveyoupineapple iloveyoupizza iloveyouplanet iloveyouplaystation
iloveyoupokemon iloveyouporsche iloveyoupower iloveyouprincess iloveyouprincess1 iloveyoupublisher
iloveyoupurple iloveyouqazwsx iloveyouqwe123 iloveyouqweasd iloveyouqweasdzxc iloveyouqwerty iloveyouqwerty123
iloveyouqwertyuiop iloveyourachel iloveyourainbow iloveyouranger iloveyouraymond iloveyoureader
iloveyourealmadrid iloveyourebecca iloveyouresearch iloveyourichard iloveyourobert iloveyouroblox
iloveyourocket iloveyourocknroll iloveyourockstar iloveyouroger iloveyouronald iloveyourose iloveyouruth
iloveyouryan iloveyousamantha iloveyousamsung iloveyousamuel iloveyousandra iloveyousara iloveyousarah
iloveyouschool iloveyouscience iloveyouscott iloveyousean iloveyouseattle iloveyousecret iloveyousecret123
iloveyouseptember iloveyoushadow iloveyoushadow123 iloveyoushark iloveyousharon iloveyoushirley iloveyousilver
iloveyousith iloveyouskywalker iloveyousoccer iloveyousophia iloveyouspaceman iloveyouspring iloveyoustarwars
iloveyousteelers iloveyoustephanie iloveyoustephen iloveyousteven iloveyoustorm iloveyoustrawberry
iloveyoustudent iloveyousummer iloveyousunflower iloveyousunshine iloveyousunshine1 iloveyousuperman
iloveyoususan iloveyousweetheart iloveyousweetie iloveyousydney iloveyouteacher iloveyoutemp iloveyoutemporary
iloveyouteresa iloveyouterry iloveyoutest iloveyoutester iloveyoutesting iloveyoutheresa iloveyouthomas
iloveyouthunder iloveyoutiger iloveyoutigers iloveyoutimothy iloveyoutogether iloveyoutoronto iloveyoutoyota
iloveyoutrinity iloveyoutrustno1 iloveyoutuesday iloveyoutwitter iloveyoutyler iloveyouunited iloveyouuniverse
iloveyouuniversity iloveyouvader iloveyouveronica iloveyouvictoria iloveyouviper iloveyouvirginia
iloveyouwalter iloveyouweekend iloveyouwelcome iloveyouwelcome123 iloveyouwhatever iloveyouwilliam
iloveyouwillie iloveyouwinter iloveyouwizard iloveyouwolf iloveyouwriter iloveyouxbox iloveyouyamaha
iloveyouyankees iloveyouyellow iloveyouyoda iloveyouzachary iloveyouzelda iloveyouzxc123 iloveyouzxcvbn
iloveyouzxcvbnm ilovezachary ilovezelda ilovezxc123 ilovezxcvbn ilovezxcvbnm india007 india123 india123!
india1234 india12345 india123456 india1999 india2000 india2010 india2011 india2012 india2013 india2014
india2015 india2016 india2017 india2018 india2018! india2019 india2019! india2020 india2020! india2021
india2021! india2022 india2022! india2023 india2023! india2024 india2024! india2025 india2025! india2026
india2026! india2027 india2027! india321 india@123 indiaforever indiaindia instagram instagram! instagram007
instagram01 instagram1 instagram1! instagram12 instagram123 instagram123! instagram1234 instagram12345
instagram123456 instagram1999 instagram2000 instagram2010 instagram2011 instagram2012 instagram2013
instagram2014 instagram2015 instagram2016 instagram2017 instagram2018 instagram2018! instagram2019
instagram2019! instagram2020 instagram2020! instagram2021 instagram2021! instagram2022 instagram2022!
instagram2023 instagram2023! instagram2024 instagram2024! instagram2025 instagram2025! instagram2026
instagram2026! instagram2027 instagram2027! instagram321 instagram69 instagram@123 instagramforever
instagraminstagram internet internet! internet007 internet01 internet1 internet1! internet12 internet123
internet123! internet1234 internet12345 internet123456 internet1999 internet2000 internet2010 internet2011
internet2012 internet2013 internet2014 internet2015 internet2016 internet2017 internet2018 internet2018!
internet2019 internet2019! internet2020 internet2020! internet2021 internet2021! internet2022 internet2022!
internet2023 internet2023! internet2024 internet2024! internet2025 internet2025! internet2026 internet2026!
internet2027 internet2027! internet321 internet69 internet@123 internetforever internetinternet iphone007
iphone01 iphone1! iphone12 iphone123 iphone123! iphone1234 iphone12345 iphone123456 iphone1999 iphone2000
iphone2010 iphone2011 iphone2012 iphone2013 iphone2014 iphone2015 iphone2016 iphone2017 iphone2018 iphone2018!
iphone2019 iphone2019! iphone2020 iphone2020! iphone2021 iphone2021! iphone2022 iphone2022! iphone2023
iphone2023! iphone2024 iphone2024! iphone2025 iphone2025! iphone2026 iphone2026! iphone2027 iphone2027!
iphone321 iphone69 iphone@123 iphoneforever iphoneiphone isabella! isabella01 isabella1 isabella123
isabella123! isabella1234 isabella12345 isabella123456 isabella1980 isabella1981 isabella1982 isabella1983
isabella1984 isabella1985 isabella1986 isabella1987 isabella1988 isabella1989 isabella1990 isabella1991
isabella1992 isabella1993 isabella1994 isabella1995 isabella1996 isabella1997 isabella1998 isabella1999
isabella2000 isabella2001 isabella2002 isabella2003 isabella2004 isabella2005 isabella2006 isabella2007
isabella2008 isabella4ever isabellababy isabellaisabella isabellalove isabellapassword isabellarocks j0$hu@123
j0n@th@n123 j0nathan1234 j0rd@n123 j0rdan1234 j0shua1234 j0urn@l123 j0urnal1234 j3$$1c@123 j3$u$123
j3nn1f3r123 j@nu@ry123 j@p@n123 jack123! jack1234 jack12345 jack123456 jack1980 jack1981 jack1982 jack1983
jack1984 jack1985 jack1986 jack1987 jack1988 jack1989 jack1990 jack1991 jack1992 jack1993 jack1994 jack1995
jack1996 jack1997 jack1998 jack1999 jack2000 jack2001 jack2002 jack2003 jack2004 jack2005 jack2006 jack2007
jack2008 jack4ever jackbaby jackjack jacklove jackpassword jackrocks jacob123 jacob123! jacob1234 jacob12345
jacob123456 jacob1980 jacob1981 jacob1982 jacob1983 jacob1984 jacob1985 jacob1986 jacob1987 jacob1988
jacob1989 jacob1990 jacob1991 jacob1992 jacob1993 jacob1994 jacob1995 jacob1996 jacob1997 jacob1998 jacob1999
jacob2000 jacob2001 jacob2002 jacob2003 jacob2004 jacob2005 jacob2006 jacob2007 jacob2008 jacob4ever jacobbaby
jacobjacob jacoblove jacobpassword jacobrocks jacqueline! jacqueline01 jacqueline1 jacqueline123
jacqueline123! jacqueline1234 jacqueline12345 jacqueline123456 jacqueline1980 jacqueline1981 jacqueline1982
jacqueline1983 jacqueline1984 jacqueline1985 jacqueline1986 jacqueline1987 jacqueline1988 jacqueline1989
jacqueline1990 jacqueline1991 jacqueline1992 jacqueline1993 jacqueline1994 jacqueline1995 jacqueline1996
jacqueline1997 jacqueline1998 jacqueline1999 jacqueline2000 jacqueline2001 jacqueline2002 jacqueline2003
jacqueline2004 jacqueline2005 jacqueline2006 jacqueline2007 jacqueline2008 jacqueline4ever jacquelinebaby
jacquelinejacqueline jacquelinelove jacquelinepassword jacquelinerocks james123 james123! james1234 james12345
james123456 james1980 james1981 james1982 james1983 james1984 james1985 james1986 james1987 james1988
james1989 james1990 james1991 james1992 james1993 james1994 james1995 james1996 james1997 james1998 james1999
james2000 james2001 james2002 james2003 james2004 james2005 james2006 james2007 james2008 james4ever jamesbaby
jamesjames jameslove jamespassword jamesrocks janet123 janet123! janet1234 janet12345 janet123456 janet1980
janet1981 janet1982 janet1983 janet1984 janet1985 janet1986 janet1987 janet1988 janet1989 janet1990 janet1991
janet1992 janet1993 janet1994 janet1995 janet1996 janet1997 janet1998 janet1999 janet2000 janet2001 janet2002
janet2003 janet2004 janet2005 janet2006 janet2007 janet2008 janet4ever janetbaby janetjanet janetlove
janetpassword janetrocks janice01 janice123 janice123! janice1234 janice12345 janice123456 janice1980
janice1981 janice1982 janice1983 janice1984 janice1985 janice1986 janice1987 janice1988 janice1989 janice1990
janice1991 janice1992 janice1993 janice1994 janice1995 janice1996 janice1997 janice1998 janice1999 janice2000
janice2001 janice2002 janice2003 janice2004 janice2005 janice2006 janice2007 janice2008 janice4ever janicebaby
janicejanice janicelove janicepassword janicerocks january! january007 january01 january1 january1! january12
january123 january123! january1234 january12345 january123456 january1999 january2000 january2010 january2011
january2012 january2013 january2014 january2015 january2016 january2017 january2018 january2018! january2019
january2019! january2020 january2020! january2021 january2021! january2022 january2022! january2023
january2023! january2024 january2024! january2025 january2025! january2026 january2026! january2027
january2027! january321 january69 january@123 januaryforever januaryjanuary japan007 japan123 japan123!
japan1234 japan12345 japan123456 japan1999 japan2000 japan2010 japan2011 japan2012 japan2013 japan2014
japan2015 japan2016 japan2017 japan2018 japan2018! japan2019 japan2019! japan2020 japan2020! japan2021
japan2021! japan2022 japan2022! japan2023 japan2023! japan2024 japan2024! japan2025 japan2025! japan2026
japan2026! japan2027 japan2027! japan321 japan@123 japanforever japanjapan jason123 jason123! jason1234
jason12345 jason123456 jason1980 jason1981 jason1982 jason1983 jason1984 jason1985 jason1986 jason1987
jason1988 jason1989 jason1990 jason1991 jason1992 jason1993 jason1994 jason1995 jason1996 jason1997 jason1998
jason1999 jason2000 jason2001 jason2002 jason2003 jason2004 jason2005 jason2006 jason2007 jason2008 jason4ever
jasonbaby jasonjason jasonlove jasonpassword jasonrocks jean123! jean1234 jean12345 jean123456 jean1980
jean1981 jean1982 jean1983 jean1984 jean1985 jean1986 jean1987 jean1988 jean1989 jean1990 jean1991 jean1992
jean1993 jean1994 jean1995 jean1996 jean1997 jean1998 jean1999 jean2000 jean2001 jean2002 jean2003 jean2004
jean2005 jean2006 jean2007 jean2008 jean4ever jeanbaby jeanjean jeanlove jeanpassword jeanrocks jed11234
jedi123! jedi1234 jedi12345 jedi123456 jedi1999 jedi2000 jedi2010 jedi2011 jedi2012 jedi2013 jedi2014 jedi2015
jedi2016 jedi2017 jedi2018 jedi2018! jedi2019 jedi2019! jedi2020 jedi2020! jedi2021 jedi2021! jedi2022
jedi2022! jedi2023 jedi2023! jedi2024 jedi2024! jedi2025 jedi2025! jedi2026 jedi2026! jedi2027 jedi2027!
jedi@123 jediforever jedijedi jeffrey! jeffrey01 jeffrey1 jeffrey123 jeffrey123! jeffrey1234 jeffrey12345
jeffrey123456 jeffrey1980 jeffrey1981 jeffrey1982 jeffrey1983 jeffrey1984 jeffrey1985 jeffrey1986 jeffrey1987
jeffrey1988 jeffrey1989 jeffrey1990 jeffrey1991 jeffrey1992 jeffrey1993 jeffrey1994 jeffrey1995 jeffrey1996
jeffrey1997 jeffrey1998 jeffrey1999 jeffrey2000 jeffrey2001 jeffrey2002 jeffrey2003 jeffrey2004 jeffrey2005
jeffrey2006 jeffrey2007 jeffrey2008 jeffrey4ever jeffreybaby jeffreyjeffrey jeffreylove jeffreypassword
jeffreyrocks jenn1fer1234 jennifer jennifer! jennifer007 jennifer01 jennifer1 jennifer1! jennifer12
jennifer123 jennifer123! jennifer1234 jennifer12345 jennifer123456 jennifer1980 jennifer1981 jennifer1982
jennifer1983 jennifer1984 jennifer1985 jennifer1986 jennifer1987 jennifer1988 jennifer1989 jennifer1990
jennifer1991 jennifer1992 jennifer1993 jennifer1994 jennifer1995 jennifer1996 jennifer1997 jennifer1998
jennifer1999 jennifer2000 jennifer2001 jennifer2002 jennifer2003 jennifer2004 jennifer2005 jennifer2006
jennifer2007 jennifer2008 jennifer2010 jennifer2011 jennifer2012 jennifer2013 jennifer2014 jennifer2015
jennifer2016 jennifer2017 jennifer2018 jennifer2018! jennifer2019 jennifer2019! jennifer2020 jennifer2020!
jennifer2021 jennifer2021! jennifer2022 jennifer2022! jennifer2023 jennifer2023! jennifer2024 jennifer2024!
jennifer2025 jennifer2025! jennifer2026 jennifer2026! jennifer2027 jennifer2027! jennifer321 jennifer4ever
jennifer69 jennifer@123 jenniferbaby jenniferforever jenniferjennifer jenniferlove jenniferpassword
jenniferrocks jeremy01 jeremy123 jeremy123! jeremy1234 jeremy12345 jeremy123456 jeremy1980 jeremy1981
jeremy1982 jeremy1983 jeremy1984 jeremy1985 jeremy1986 jeremy1987 jeremy1988 jeremy1989 jeremy1990 jeremy1991
jeremy1992 jeremy1993 jeremy1994 jeremy1995 jeremy1996 jeremy1997 jeremy1998 jeremy1999 jeremy2000 jeremy2001
jeremy2002 jeremy2003 jeremy2004 jeremy2005 jeremy2006 jeremy2007 jeremy2008 jeremy4ever jeremybaby
jeremyjeremy jeremylove jeremypassword jeremyrocks jerry123 jerry123! jerry1234 jerry12345 jerry123456
jerry1980 jerry1981 jerry1982 jerry1983 jerry1984 jerry1985 jerry1986 jerry1987 jerry1988 jerry1989 jerry1990
jerry1991 jerry1992 jerry1993 jerry1994 jerry1995 jerry1996 jerry1997 jerry1998 jerry1999 jerry2000 jerry2001
jerry2002 jerry2003 jerry2004 jerry2005 jerry2006 jerry2007 jerry2008 jerry4ever jerrybaby jerryjerry
jerrylove jerrypassword jerryrocks jess1ca1234 jesse123 jesse123! jesse1234 jesse12345 jesse123456 jesse1980
jesse1981 jesse1982 jesse1983 jesse1984 jesse1985 jesse1986 jesse1987 jesse1988 jesse1989 jesse1990 jesse1991
jesse1992 jesse1993 jesse1994 jesse1995 jesse1996 jesse1997 jesse1998 jesse1999 jesse2000 jesse2001 jesse2002
jesse2003 jesse2004 jesse2005 jesse2006 jesse2007 jesse2008 jesse4ever jessebaby jessejesse jesselove
jessepassword jesserocks jessica! jessica007 jessica01 jessica1 jessica1! jessica12 jessica123 jessica123!
jessica1234 jessica12345 jessica123456 jessica1980 jessica1981 jessica1982 jessica1983 jessica1984 jessica1985
jessica1986 jessica1987 jessica1988 jessica1989 jessica1990 jessica1991 jessica1992 jessica1993 jessica1994
jessica1995 jessica1996 jessica1997 jessica1998 jessica1999 jessica2000 jessica2001 jessica2002 jessica2003
jessica2004 jessica2005 jessica2006 jessica2007 jessica2008 jessica2010 jessica2011 jessica2012 jessica2013
jessica2014 jessica2015 jessica2016 jessica2017 jessica2018 jessica2018! jessica2019 jessica2019! jessica2020
jessica2020! jessica2021 jessica2021! jessica2022 jessica2022! jessica2023 jessica2023! jessica2024
jessica2024! jessica2025 jessica2025! jessica2026 jessica2026! jessica2027 jessica2027! jessica321
jessica4ever jessica69 jessica@123 jessicababy jessicaforever jessicajessica jessicalove jessicapassword
jessicarocks jesus007 jesus123 jesus123! jesus1234 jesus12345 jesus123456 jesus1999 jesus2000 jesus2010
jesus2011 jesus2012 jesus2013 jesus2014 jesus2015 jesus2016 jesus2017 jesus2018 jesus2018! jesus2019
jesus2019! jesus2020 jesus2020! jesus2021 jesus2021! jesus2022 jesus2022! jesus2023 jesus2023! jesus2024
jesus2024! jesus2025 jesus2025! jesus2026 jesus2026! jesus2027 jesus2027! jesus321 jesus@123 jesusforever
jesusjesus jjjjjjjj jjjjjjjjjj jjjjjjjjjjjj jjjjjjjjjjjjjjjj joan123! joan1234 joan12345 joan123456 joan1980
joan1981 joan1982 joan1983 joan1984 joan1985 joan1986 joan1987 joan1988 joan1989 joan1990 joan1991 joan1992
joan1993 joan1994 joan1995 joan1996 joan1997 joan1998 joan1999 joan2000 joan2001 joan2002 joan2003 joan2004
joan2005 joan2006 joan2007 joan2008 joan4ever joanbaby joanjoan joanlove joanpassword joanrocks joe12345
joe123456 joe4ever joepassword joerocks john123! john1234 john12345 john123456 john1980 john1981 john1982
john1983 john1984 john1985 john1986 john1987 john1988 john1989 john1990 john1991 john1992 john1993 john1994
john1995 john1996 john1997 john1998 john1999 john2000 john2001 john2002 john2003 john2004 john2005 john2006
john2007 john2008 john4ever johnbaby johnjohn johnlove johnpassword johnrocks jonathan jonathan! jonathan007
jonathan01 jonathan1 jonathan1! jonathan12 jonathan123 jonathan123! jonathan1234 jonathan12345 jonathan123456
jonathan1980 jonathan1981 jonathan1982 jonathan1983 jonathan1984 jonathan1985 jonathan1986 jonathan1987
jonathan1988 jonathan1989 jonathan1990 jonathan1991 jonathan1992 jonathan1993 jonathan1994 jonathan1995
jonathan1996 jonathan1997 jonathan1998 jonathan1999 jonathan2000 jonathan2001 jonathan2002 jonathan2003
jonathan2004 jonathan2005 jonathan2006 jonathan2007 jonathan2008 jonathan2010 jonathan2011 jonathan2012
jonathan2013 jonathan2014 jonathan2015 jonathan2016 jonathan2017 jonathan2018 jonathan2018! jonathan2019
jonathan2019! jonathan2020 jonathan2020! jonathan2021 jonathan2021! jonathan2022 jonathan2022! jonathan2023
jonathan2023! jonathan2024 jonathan2024! jonathan2025 jonathan2025! jonathan2026 jonathan2026! jonathan2027
jonathan2027! jonathan321 jonathan4ever jonathan69 jonathan@123 jonathanbaby jonathanforever jonathanjonathan
jonathanlove jonathanpassword jonathanrocks jordan007 jordan01 jordan1! jordan12 jordan123 jordan123!
jordan1234 jordan12345 jordan123456 jordan1980 jordan1981 jordan1982 jordan1983 jordan1984 jordan1985
jordan1986 jordan1987 jordan1988 jordan1989 jordan1990 jordan1991 jordan1992 jordan1993 jordan1994 jordan1995
jordan1996 jordan1997 jordan1998 jordan1999 jordan2000 jordan2001 jordan2002 jordan2003 jordan2004 jordan2005
jordan2006 jordan2007 jordan2008 jordan2010 jordan2011 jordan2012 jordan2013 jordan2014 jordan2015 jordan2016
jordan2017 jordan2018 jordan2018! jordan2019 jordan2019! jordan2020 jordan2020! jordan2021 jordan2021!
jordan2022 jordan2022! jordan2023 jordan2023! jordan2024 jordan2024! jordan2025 jordan2025! jordan2026
jordan2026! jordan2027 jordan2027! jordan321 jordan4ever jordan69 jordan@123 jordanbaby jordanforever
jordanjordan jordanlove jordanpassword jordanrocks jose123! jose1234 jose12345 jose123456 jose1980 jose1981
jose1982 jose1983 jose1984 jose1985 jose1986 jose1987 jose1988 jose1989 jose1990 jose1991 jose1992 jose1993
jose1994 jose1995 jose1996 jose1997 jose1998 jose1999 jose2000 jose2001 jose2002 jose2003 jose2004 jose2005
jose2006 jose2007 jose2008 jose4ever josebaby josejose joselove josepassword joseph01 joseph123 joseph123!
joseph1234 joseph12345 joseph123456 joseph1980 joseph1981 joseph1982 joseph1983 joseph1984 joseph1985
joseph1986 joseph1987 joseph1988 joseph1989 joseph1990 joseph1991 joseph1992 joseph1993 joseph1994 joseph1995
joseph1996 joseph1997 joseph1998 joseph1999 joseph2000 joseph2001 joseph2002 joseph2003 joseph2004 joseph2005
joseph2006 joseph2007 joseph2008 joseph4ever josephbaby josephjoseph josephlove josephpassword josephrocks
joserocks joshua007 joshua01 joshua1! joshua12 joshua123 joshua123! joshua1234 joshua12345 joshua123456
joshua1980 joshua1981 joshua1982 joshua1983 joshua1984 joshua1985 joshua1986 joshua1987 joshua1988 joshua1989
joshua1990 joshua1991 joshua1992 joshua1993 joshua1994 joshua1995 joshua1996 joshua1997 joshua1998 joshua1999
joshua2000 joshua2001 joshua2002 joshua2003 joshua2004 joshua2005 joshua2006 joshua2007 joshua2008 joshua2010
joshua2011 joshua2012 joshua2013 joshua2014 joshua2015 joshua2016 joshua2017 joshua2018 joshua2018! joshua2019
joshua2019! joshua2020 joshua2020! joshua2021 joshua2021! joshua2022 joshua2022! joshua2023 joshua2023!
joshua2024 joshua2024! joshua2025 joshua2025! joshua2026 joshua2026! joshua2027 joshua2027! joshua321
joshua4ever joshua69 joshua@123 joshuababy joshuaforever joshuajoshua joshualove joshuapassword joshuarocks
journal! journal007 journal01 journal1 journal1! journal12 journal123 journal123! journal1234 journal12345
journal123456 journal1999 journal2000 journal2010 journal2011 journal2012 journal2013 journal2014 journal2015
journal2016 journal2017 journal2018 journal2018! journal2019 journal2019! journal2020 journal2020! journal2021
journal2021! journal2022 journal2022! journal2023 journal2023! journal2024 journal2024! journal2025
journal2025! journal2026 journal2026! journal2027 journal2027! journal321 journal69 journal@123 journalforever
journaljournal joyce123 joyce123! joyce1234 joyce12345 joyce123456 joyce1980 joyce1981 joyce1982 joyce1983
joyce1984 joyce1985 joyce1986 joyce1987 joyce1988 joyce1989 joyce1990 joyce1991 joyce1992 joyce1993 joyce1994
joyce1995 joyce1996 joyce1997 joyce1998 joyce1999 joyce2000 joyce2001 joyce2002 joyce2003 joyce2004 joyce2005
joyce2006 joyce2007 joyce2008 joyce4ever joycebaby joycejoyce joycelove joycepassword joycerocks ju$t1c3123
judith01 judith123 judith123! judith1234 judith12345 judith123456 judith1980 judith1981 judith1982 judith1983
judith1984 judith1985 judith1986 judith1987 judith1988 judith1989 judith1990 judith1991 judith1992 judith1993
judith1994 judith1995 judith1996 judith1997 judith1998 judith1999 judith2000 judith2001 judith2002 judith2003
judith2004 judith2005 judith2006 judith2007 judith2008 judith4ever judithbaby judithjudith judithlove
judithpassword judithrocks judy123! judy1234 judy12345 judy123456 judy1980 judy1981 judy1982 judy1983 judy1984
judy1985 judy1986 judy1987 judy1988 judy1989 judy1990 judy1991 judy1992 judy1993 judy1994 judy1995 judy1996
judy1997 judy1998 judy1999 judy2000 judy2001 judy2002 judy2003 judy2004 judy2005 judy2006 judy2007 judy2008
judy4ever judybaby judyjudy judylove judypassword judyrocks julia123 julia123! julia1234 julia12345
julia123456 julia1980 julia1981 julia1982 julia1983 julia1984 julia1985 julia1986 julia1987 julia1988
julia1989 julia1990 julia1991 julia1992 julia1993 julia1994 julia1995 julia1996 julia1997 julia1998 julia1999
julia2000 julia2001 julia2002 julia2003 julia2004 julia2005 julia2006 julia2007 julia2008 julia4ever juliababy
juliajulia julialove juliapassword juliarocks julie123 julie123! julie1234 julie12345 julie123456 julie1980
julie1981 julie1982 julie1983 julie1984 julie1985 julie1986 julie1987 julie1988 julie1989 julie1990 julie1991
julie1992 julie1993 julie1994 julie1995 julie1996 julie1997 julie1998 julie1999 julie2000 julie2001 julie2002
julie2003 julie2004 julie2005 julie2006 julie2007 julie2008 julie4ever juliebaby juliejulie julielove
juliepassword julierocks just1ce1234 justice! justice007 justice01 justice1 justice1! justice12 justice123
justice123! justice1234 justice12345 justice123456 justice1999 justice2000 justice2010 justice2011 justice2012
justice2013 justice2014 justice2015 justice2016 justice2017 justice2018 justice2018! justice2019 justice2019!
justice2020 justice2020! justice2021 justice2021! justice2022 justice2022! justice2023 justice2023!
justice2024 justice2024! justice2025 justice2025! justice2026 justice2026! justice2027 justice2027! justice321
justice69 justice@123 justiceforever justicejustice justin01 justin123 justin123! justin1234 justin12345
justin123456 justin1980 justin1981 justin1982 justin1983 justin1984 justin1985 justin1986 justin1987
justin1988 justin1989 justin1990 justin1991 justin1992 justin1993 justin1994 justin1995 justin1996 justin1997
justin1998 justin1999 justin2000 justin2001 justin2002 justin2003 justin2004 justin2005 justin2006 justin2007
justin2008 justin4ever justinbaby justinjustin justinlove justinpassword justinrocks k1ll3r123 k1ller1234
karen123 karen123! karen1234 karen12345 karen123456 karen1980 karen1981 karen1982 karen1983 karen1984
karen1985 karen1986 karen1987 karen1988 karen1989 karen1990 karen1991 karen1992 karen1993 karen1994 karen1995
karen1996 karen1997 karen1998 karen1999 karen2000 karen2001 karen2002 karen2003 karen2004 karen2005 karen2006
karen2007 karen2008 karen4ever karenbaby karenkaren karenlove karenpassword karenrocks katherine! katherine01
katherine1 katherine123 katherine123! katherine1234 katherine12345 katherine123456 katherine1980 katherine1981
katherine1982 katherine1983 katherine1984 katherine1985 katherine1986 katherine1987 katherine1988
katherine1989 katherine1990 katherine1991 katherine1992 katherine1993 katherine1994 katherine1995
katherine1996 katherine1997 katherine1998 katherine1999 katherine2000 katherine2001 katherine2002
katherine2003 katherine2004 katherine2005 katherine2006 katherine2007 katherine2008 katherine4ever
katherinebaby katherinekatherine katherinelove katherinepassword katherinerocks kathleen! kathleen01 kathleen1
kathleen123 kathleen123! kathleen1234 kathleen12345 kathleen123456 kathleen1980 kathleen1981 kathleen1982
kathleen1983 kathleen1984 kathleen1985 kathleen1986 kathleen1987 kathleen1988 kathleen1989 kathleen1990
kathleen1991 kathleen1992 kathleen1993 kathleen1994 kathleen1995 kathleen1996 kathleen1997 kathleen1998
kathleen1999 kathleen2000 kathleen2001 kathleen2002 kathleen2003 kathleen2004 kathleen2005 kathleen2006
kathleen2007 kathleen2008 kathleen4ever kathleenbaby kathleenkathleen kathleenlove kathleenpassword
kathleenrocks kathryn! kathryn01 kathryn1 kathryn123 kathryn123! kathryn1234 kathryn12345 kathryn123456
kathryn1980 kathryn1981 kathryn1982 kathryn1983 kathryn1984 kathryn1985 kathryn1986 kathryn1987 kathryn1988
kathryn1989 kathryn1990 kathryn1991 kathryn1992 kathryn1993 kathryn1994 kathryn1995 kathryn1996 kathryn1997
kathryn1998 kathryn1999 kathryn2000 kathryn2001 kathryn2002 kathryn2003 kathryn2004 kathryn2005 kathryn2006
kathryn2007 kathryn2008 kathryn4ever kathrynbaby kathrynkathryn kathrynlove kathrynpassword kathrynrocks
kayla123 kayla123! kayla1234 kayla12345 kayla123456 kayla1980 kayla1981 kayla1982 kayla1983 kayla1984
kayla1985 kayla1986 kayla1987 kayla1988 kayla1989 kayla1990 kayla1991 kayla1992 kayla1993 kayla1994 kayla1995
kayla1996 kayla1997 kayla1998 kayla1999 kayla2000 kayla2001 kayla2002 kayla2003 kayla2004 kayla2005 kayla2006
kayla2007 kayla2008 kayla4ever kaylababy kaylakayla kaylalove kaylapassword kaylarocks keith123 keith123!
keith1234 keith12345 keith123456 keith1980 keith1981 keith1982 keith1983 keith1984 keith1985 keith1986
keith1987 keith1988 keith1989 keith1990 keith1991 keith1992 keith1993 keith1994 keith1995 keith1996 keith1997
keith1998 keith1999 keith2000 keith2001 keith2002 keith2003 keith2004 keith2005 keith2006 keith2007 keith2008
keith4ever keithbaby keithkeith keithlove keithpassword keithrocks kelly123 kelly123! kelly1234 kelly12345
kelly123456 kelly1980 kelly1981 kelly1982 kelly1983 kelly1984 kelly1985 kelly1986 kelly1987 kelly1988
kelly1989 kelly1990 kelly1991 kelly1992 kelly1993 kelly1994 kelly1995 kelly1996 kelly1997 kelly1998 kelly1999
kelly2000 kelly2001 kelly2002 kelly2003 kelly2004 kelly2005 kelly2006 kelly2007 kelly2008 kelly4ever kellybaby
kellykelly kellylove kellypassword kellyrocks kenneth! kenneth01 kenneth1 kenneth123 kenneth123! kenneth1234
kenneth12345 kenneth123456 kenneth1980 kenneth1981 kenneth1982 kenneth1983 kenneth1984 kenneth1985 kenneth1986
kenneth1987 kenneth1988 kenneth1989 kenneth1990 kenneth1991 kenneth1992 kenneth1993 kenneth1994 kenneth1995
kenneth1996 kenneth1997 kenneth1998 kenneth1999 kenneth2000 kenneth2001 kenneth2002 kenneth2003 kenneth2004
kenneth2005 kenneth2006 kenneth2007 kenneth2008 kenneth4ever kennethbaby kennethkenneth kennethlove
kennethpassword kennethrocks kevin123 kevin123! kevin1234 kevin12345 kevin123456 kevin1980 kevin1981 kevin1982
kevin1983 kevin1984 kevin1985 kevin1986 kevin1987 kevin1988 kevin1989 kevin1990 kevin1991 kevin1992 kevin1993
kevin1994 kevin1995 kevin1996 kevin1997 kevin1998 kevin1999 kevin2000 kevin2001 kevin2002 kevin2003 kevin2004
kevin2005 kevin2006 kevin2007 kevin2008 kevin4ever kevinbaby kevinkevin kevinlove kevinpassword kevinrocks
killer007 killer01 killer1! killer12 killer123 killer123! killer1234 killer12345 killer123456 killer1999
killer2000 killer2010 killer2011 killer2012 killer2013 killer2014 killer2015 killer2016 killer2017 killer2018
killer2018! killer2019 killer2019! killer2020 killer2020! killer2021 killer2021! killer2022 killer2022!
killer2023 killer2023! killer2024 killer2024! killer2025 killer2025! killer2026 killer2026! killer2027
killer2027! killer321 killer69 killer@123 killerforever killerkiller kimberly! kimberly01 kimberly1
kimberly123 kimberly123! kimberly1234 kimberly12345 kimberly123456 kimberly1980 kimberly1981 kimberly1982
kimberly1983 kimberly1984 kimberly1985 kimberly1986 kimberly1987 kimberly1988 kimberly1989 kimberly1990
kimberly1991 kimberly1992 kimberly1993 kimberly1994 kimberly1995 kimberly1996 kimberly1997 kimberly1998
kimberly1999 kimberly2000 kimberly2001 kimberly2002 kimberly2003 kimberly2004 kimberly2005 kimberly2006
kimberly2007 kimberly2008 kimberly4ever kimberlybaby kimberlykimberly kimberlylove kimberlypassword
kimberlyrocks kkkkkkkk kkkkkkkkkk kkkkkkkkkkkk kkkkkkkkkkkkkkkk kyle123! kyle1234 kyle12345 kyle123456
kyle1980 kyle1981 kyle1982 kyle1983 kyle1984 kyle1985 kyle1986 kyle1987 kyle1988 kyle1989 kyle1990 kyle1991
kyle1992 kyle1993 kyle1994 kyle1995 kyle1996 kyle1997 kyle1998 kyle1999 kyle2000 kyle2001 kyle2002 kyle2003
kyle2004 kyle2005 kyle2006 kyle2007 kyle2008 kyle4ever kylebaby kylekyle kylelove kylepassword kylerocks
l0g1n123 l0g1n1234 l0nd0n123 l0nd0n1234 l0v3ly123 l0v3m3123 l0v3r123 l0vely1234 l0veme1234 l0ver1234 l10n$123
l10n1234 l10ns1234 l1b3rty123 l1berty1234 l1br@ry123 l1brary1234 l1ghtn1ng123 l1ghtn1ng1234 l1v3rp00l123
l1verp00l1234 l3tm31n123 l3tm31n123123 l@k3r$123 lakers007 lakers01 lakers1! lakers12 lakers123 lakers123!
lakers1234 lakers12345 lakers123456 lakers1999 lakers2000 lakers2010 lakers2011 lakers2012 lakers2013
lakers2014 lakers2015 lakers2016 lakers2017 lakers2018 lakers2018! lakers2019 lakers2019! lakers2020
lakers2020! lakers2021 lakers2021! lakers2022 lakers2022! lakers2023 lakers2023! lakers2024 lakers2024!
lakers2025 lakers2025! lakers2026 lakers2026! lakers2027 lakers2027! lakers321 lakers69 lakers@123
lakersforever lakerslakers larry123 larry123! larry1234 larry12345 larry123456 larry1980 larry1981 larry1982
larry1983 larry1984 larry1985 larry1986 larry1987 larry1988 larry1989 larry1990 larry1991 larry1992 larry1993
larry1994 larry1995 larry1996 larry1997 larry1998 larry1999 larry2000 larry2001 larry2002 larry2003 larry2004
larry2005 larry2006 larry2007 larry2008 larry4ever larrybaby larrylarry larrylove larrypassword larryrocks
laura123 laura123! laura1234 laura12345 laura123456 laura1980 laura1981 laura1982 laura1983 laura1984
laura1985 laura1986 laura1987 laura1988 laura1989 laura1990 laura1991 laura1992 laura1993 laura1994 laura1995
laura1996 laura1997 laura1998 laura1999 laura2000 laura2001 laura2002 laura2003 laura2004 laura2005 laura2006
laura2007 laura2008 laura4ever laurababy lauralaura lauralove laurapassword laurarocks lauren01 lauren123
lauren123! lauren1234 lauren12345 lauren123456 lauren1980 lauren1981 lauren1982 lauren1983 lauren1984
lauren1985 lauren1986 lauren1987 lauren1988 lauren1989 lauren1990 lauren1991 lauren1992 lauren1993 lauren1994
lauren1995 lauren1996 lauren1997 lauren1998 lauren1999 lauren2000 lauren2001 lauren2002 lauren2003 lauren2004
lauren2005 lauren2006 lauren2007 lauren2008 lauren4ever laurenbaby laurenlauren laurenlove laurenpassword
laurenrocks lawrence! lawrence01 lawrence1 lawrence123 lawrence123! lawrence1234 lawrence12345 lawrence123456
lawrence1980 lawrence1981 lawrence1982 lawrence1983 lawrence1984 lawrence1985 lawrence1986 lawrence1987
lawrence1988 lawrence1989 lawrence1990 lawrence1991 lawrence1992 lawrence1993 lawrence1994 lawrence1995
lawrence1996 lawrence1997 lawrence1998 lawrence1999 lawrence2000 lawrence2001 lawrence2002 lawrence2003
lawrence2004 lawrence2005 lawrence2006 lawrence2007 lawrence2008 lawrence4ever lawrencebaby lawrencelawrence
lawrencelove lawrencepassword lawrencerocks letme1n1231234 letme1n1234 letmein! letmein007 letmein01 letmein1
letmein1! letmein12 letmein123 letmein123! letmein123007 letmein12301 letmein1231 letmein1231! letmein12312
letmein123123 letmein123123! letmein1231234 letmein12312345 letmein123123456 letmein1231999 letmein1232000
letmein1232010 letmein1232011 letmein1232012 letmein1232013 letmein1232014 letmein1232015 letmein1232016
letmein1232017 letmein1232018 letmein1232018! letmein1232019 letmein1232019! letmein1232020 letmein1232020!
letmein1232021 letmein1232021! letmein1232022 letmein1232022! letmein1232023 letmein1232023! letmein1232024
letmein1232024! letmein1232025 letmein1232025! letmein1232026 letmein1232026! letmein1232027 letmein1232027!
letmein123321 letmein1234 letmein12345 letmein123456 letmein12369 letmein123@123 letmein123forever
letmein123letmein123 letmein1999 letmein2000 letmein2010 letmein2011 letmein2012 letmein2013 letmein2014
letmein2015 letmein2016 letmein2017 letmein2018 letmein2018! letmein2019 letmein2019! letmein2020 letmein2020!
letmein2021 letmein2021! letmein2022 letmein2022! letmein2023 letmein2023! letmein2024 letmein2024!
letmein2025 letmein2025! letmein2026 letmein2026! letmein2027 letmein2027! letmein321 letmein69 letmein@123
letmeinforever letmeinletmein liberty! liberty007 liberty01 liberty1 liberty1! liberty12 liberty123
liberty123! liberty1234 liberty12345 liberty123456 liberty1999 liberty2000 liberty2010 liberty2011 liberty2012
liberty2013 liberty2014 liberty2015 liberty2016 liberty2017 liberty2018 liberty2018! liberty2019 liberty2019!
liberty2020 liberty2020! liberty2021 liberty2021! liberty2022 liberty2022! liberty2023 liberty2023!
liberty2024 liberty2024! liberty2025 liberty2025! liberty2026 liberty2026! liberty2027 liberty2027! liberty321
liberty69 liberty@123 libertyforever libertyliberty library! library007 library01 library1 library1! library12
library123 library123! library1234 library12345 library123456 library1999 library2000 library2010 library2011
library2012 library2013 library2014 library2015 library2016 library2017 library2018 library2018! library2019
library2019! library2020 library2020! library2021 library2021! library2022 library2022! library2023
library2023! library2024 library2024! library2025 library2025! library2026 library2026! library2027
library2027! library321 library69 library@123 libraryforever librarylibrary lightning lightning! lightning007
lightning01 lightning1 lightning1! lightning12 lightning123 lightning123! lightning1234 lightning12345
lightning123456 lightning1999 lightning2000 lightning2010 lightning2011 lightning2012 lightning2013
lightning2014 lightning2015 lightning2016 lightning2017 lightning2018 lightning2018! lightning2019
lightning2019! lightning2020 lightning2020! lightning2021 lightning2021! lightning2022 lightning2022!
lightning2023 lightning2023! lightning2024 lightning2024! lightning2025 lightning2025! lightning2026
lightning2026! lightning2027 lightning2027! lightning321 lightning69 lightning@123 lightningforever
lightninglightning linda123 linda123! linda1234 linda12345 linda123456 linda1980 linda1981 linda1982 linda1983
linda1984 linda1985 linda1986 linda1987 linda1988 linda1989 linda1990 linda1991 linda1992 linda1993 linda1994
linda1995 linda1996 linda1997 linda1998 linda1999 linda2000 linda2001 linda2002 linda2003 linda2004 linda2005
linda2006 linda2007 linda2008 linda4ever lindababy lindalinda lindalove lindapassword lindarocks lion123!
lion1234 lion12345 lion123456 lion1999 lion2000 lion2010 lion2011 lion2012 lion2013 lion2014 lion2015 lion2016
lion2017 lion2018 lion2018! lion2019 lion2019! lion2020 lion2020! lion2021 lion2021! lion2022 lion2022!
lion2023 lion2023! lion2024 lion2024! lion2025 lion2025! lion2026 lion2026! lion2027 lion2027! lion@123
lionforever lionlion lions007 lions123 lions123! lions1234 lions12345 lions123456 lions1999 lions2000
lions2010 lions2011 lions2012 lions2013 lions2014 lions2015 lions2016 lions2017 lions2018 lions2018! lions2019
lions2019! lions2020 lions2020! lions2021 lions2021! lions2022 lions2022! lions2023 lions2023! lions2024
lions2024! lions2025 lions2025! lions2026 lions2026! lions2027 lions2027! lions321 lions@123 lionsforever
lionslions lisa123! lisa1234 lisa12345 lisa123456 lisa1980 lisa1981 lisa1982 lisa1983 lisa1984 lisa1985
lisa1986 lisa1987 lisa1988 lisa1989 lisa1990 lisa1991 lisa1992 lisa1993 lisa1994 lisa1995 lisa1996 lisa1997
lisa1998 lisa1999 lisa2000 lisa2001 lisa2002 lisa2003 lisa2004 lisa2005 lisa2006 lisa2007 lisa2008 lisa4ever
lisababy lisalisa lisalove lisapassword lisarocks liverpool liverpool! liverpool007 liverpool01 liverpool1
liverpool1! liverpool12 liverpool123 liverpool123! liverpool1234 liverpool12345 liverpool123456 liverpool1999
liverpool2000 liverpool2010 liverpool2011 liverpool2012 liverpool2013 liverpool2014 liverpool2015
liverpool2016 liverpool2017 liverpool2018 liverpool2018! liverpool2019 liverpool2019! liverpool2020
liverpool2020! liverpool2021 liverpool2021! liverpool2022 liverpool2022! liverpool2023 liverpool2023!
liverpool2024 liverpool2024! liverpool2025 liverpool2025! liverpool2026 liverpool2026! liverpool2027
liverpool2027! liverpool321 liverpool69 liverpool@123 liverpoolforever liverpoolliverpool lkjhgfdsa llllllll
llllllllll llllllllllll llllllllllllllll logan123 logan123! logan1234 logan12345 logan123456 logan1980
logan1981 logan1982 logan1983 logan1984 logan1985 logan1986 logan1987 logan1988 logan1989 logan1990 logan1991
logan1992 logan1993 logan1994 logan1995 logan1996 logan1997 logan1998 logan1999 logan2000 logan2001 logan2002
logan2003 logan2004 logan2005 logan2006 logan2007 logan2008 logan4ever loganbaby loganlogan loganlove
loganpassword loganrocks login007 login123 login123! login1234 login12345 login123456 login1999 login2000
login2010 login2011 login2012 login2013 login2014 login2015 login2016 login2017 login2018 login2018! login2019
login2019! login2020 login2020! login2021 login2021! login2022 login2022! login2023 login2023! login2024
login2024! login2025 login2025! login2026 login2026! login2027 login2027! login321 login@123 loginforever
loginlogin london007 london01 london1! london12 london123 london123! london1234 london12345 london123456
london1999 london2000 london2010 london2011 london2012 london2013 london2014 london2015 london2016 london2017
london2018 london2018! london2019 london2019! london2020 london2020! london2021 london2021! london2022
london2022! london2023 london2023! london2024 london2024! london2025 london2025! london2026 london2026!
london2027 london2027! london321 london69 london@123 londonforever londonlondon lovely007 lovely01 lovely1!
lovely12 lovely123 lovely123! lovely1234 lovely12345 lovely123456 lovely1999 lovely2000 lovely2010 lovely2011
lovely2012 lovely2013 lovely2014 lovely2015 lovely2016 lovely2017 lovely2018 lovely2018! lovely2019
lovely2019! lovely2020 lovely2020! lovely2021 lovely2021! lovely2022 lovely2022! lovely2023 lovely2023!
lovely2024 lovely2024! lovely2025 lovely2025! lovely2026 lovely2026! lovely2027 lovely2027! lovely321 lovely69
lovely@123 lovelyforever lovelylovely loveme007 loveme01 loveme1! loveme12 loveme123 loveme123! loveme1234
loveme12345 loveme123456 loveme1999 loveme2000 loveme2010 loveme2011 loveme2012 loveme2013 loveme2014
loveme2015 loveme2016 loveme2017 loveme2018 loveme2018! loveme2019 loveme2019! loveme2020 loveme2020!
loveme2021 loveme2021! loveme2022 loveme2022! loveme2023 loveme2023! loveme2024 loveme2024! loveme2025
loveme2025! loveme2026 loveme2026! loveme2027 loveme2027! loveme321 loveme69 loveme@123 lovemeforever
lovemeloveme lover007 lover123 lover123! lover1234 lover12345 lover123456 lover1999 lover2000 lover2010
lover2011 lover2012 lover2013 lover2014 lover2015 lover2016 lover2017 lover2018 lover2018! lover2019
lover2019! lover2020 lover2020! lover2021 lover2021! lover2022 lover2022! lover2023 lover2023! lover2024
lover2024! lover2025 lover2025! lover2026 lover2026! lover2027 lover2027! lover321 lover@123 loverforever
loverlover m0nd@y123 m0nday1234 m0nk3y123 m0nk3y123123 m0nkey1231234 m0nkey1234 m0rph3u$123 m0rpheus1234
m1ch3ll3123 m1ch@3l123 m1chael1234 m1chelle1234 m1n3cr@ft123 m1necraft1234 m3lb0urn3123 m3rc3d3$123 m3rl1n123
m3t@ll1c@123 m3x1c0123 m@$t3r123 m@$t3r123123 m@$th3@d123 m@g1c123 m@g@z1n3123 m@nch3$t3r123 m@r10123
m@tr1x123 m@tth3w123 madison! madison01 madison1 madison123 madison123! madison1234 madison12345 madison123456
madison1980 madison1981 madison1982 madison1983 madison1984 madison1985 madison1986 madison1987 madison1988
madison1989 madison1990 madison1991 madison1992 madison1993 madison1994 madison1995 madison1996 madison1997
madison1998 madison1999 madison2000 madison2001 madison2002 madison2003 madison2004 madison2005 madison2006
madison2007 madison2008 madison4ever madisonbaby madisonlove madisonmadison madisonpassword madisonrocks
mag1c1234 magaz1ne1234 magazine magazine! magazine007 magazine01 magazine1 magazine1! magazine12 magazine123
magazine123! magazine1234 magazine12345 magazine123456 magazine1999 magazine2000 magazine2010 magazine2011
magazine2012 magazine2013 magazine2014 magazine2015 magazine2016 magazine2017 magazine2018 magazine2018!
magazine2019 magazine2019! magazine2020 magazine2020! magazine2021 magazine2021! magazine2022 magazine2022!
magazine2023 magazine2023! magazine2024 magazine2024! magazine2025 magazine2025! magazine2026 magazine2026!
magazine2027 magazine2027! magazine321 magazine69 magazine@123 magazineforever magazinemagazine magic007
magic123 magic123! magic1234 magic12345 magic123456 magic1999 magic2000 magic2010 magic2011 magic2012
magic2013 magic2014 magic2015 magic2016 magic2017 magic2018 magic2018! magic2019 magic2019! magic2020
magic2020! magic2021 magic2021! magic2022 magic2022! magic2023 magic2023! magic2024 magic2024! magic2025
magic2025! magic2026 magic2026! magic2027 magic2027! magic321 magic@123 magicforever magicmagic manchester
manchester! manchester007 manchester01 manchester1 manchester1! manchester12 manchester123 manchester123!
manchester1234 manchester12345 manchester123456 manchester1999 manchester2000 manchester2010 manchester2011
manchester2012 manchester2013 manchester2014 manchester2015 manchester2016 manchester2017 manchester2018
manchester2018! manchester2019 manchester2019! manchester2020 manchester2020! manchester2021 manchester2021!
manchester2022 manchester2022! manchester2023 manchester2023! manchester2024 manchester2024! manchester2025
manchester2025! manchester2026 manchester2026! manchester2027 manchester2027! manchester321 manchester69
manchester@123 manchesterforever manchestermanchester mar101234 margaret! margaret01 margaret1 margaret123
margaret123! margaret1234 margaret12345 margaret123456 margaret1980 margaret1981 margaret1982 margaret1983
margaret1984 margaret1985 margaret1986 margaret1987 margaret1988 margaret1989 margaret1990 margaret1991
margaret1992 margaret1993 margaret1994 margaret1995 margaret1996 margaret1997 margaret1998 margaret1999
margaret2000 margaret2001 margaret2002 margaret2003 margaret2004 margaret2005 margaret2006 margaret2007
margaret2008 margaret4ever margaretbaby margaretlove margaretmargaret margaretpassword margaretrocks maria123
maria123! maria1234 maria12345 maria123456 maria1980 maria1981 maria1982 maria1983 maria1984 maria1985
maria1986 maria1987 maria1988 maria1989 maria1990 maria1991 maria1992 maria1993 maria1994 maria1995 maria1996
maria1997 maria1998 maria1999 maria2000 maria2001 maria2002 maria2003 maria2004 maria2005 maria2006 maria2007
maria2008 maria4ever mariababy marialove mariamaria mariapassword mariarocks marie123 marie123! marie1234
marie12345 marie123456 marie1980 marie1981 marie1982 marie1983 marie1984 marie1985 marie1986 marie1987
marie1988 marie1989 marie1990 marie1991 marie1992 marie1993 marie1994 marie1995 marie1996 marie1997 marie1998
marie1999 marie2000 marie2001 marie2002 marie2003 marie2004 marie2005 marie2006 marie2007 marie2008 marie4ever
mariebaby marielove mariemarie mariepassword marierocks marilyn! marilyn01 marilyn1 marilyn123 marilyn123!
marilyn1234 marilyn12345 marilyn123456 marilyn1980 marilyn1981 marilyn1982 marilyn1983 marilyn1984 marilyn1985
marilyn1986 marilyn1987 marilyn1988 marilyn1989 marilyn1990 marilyn1991 marilyn1992 marilyn1993 marilyn1994
marilyn1995 marilyn1996 marilyn1997 marilyn1998 marilyn1999 marilyn2000 marilyn2001 marilyn2002 marilyn2003
marilyn2004 marilyn2005 marilyn2006 marilyn2007 marilyn2008 marilyn4ever marilynbaby marilynlove
marilynmarilyn marilynpassword marilynrocks mario007 mario123 mario123! mario1234 mario12345 mario123456
mario1999 mario2000 mario2010 mario2011 mario2012 mario2013 mario2014 mario2015 mario2016 mario2017 mario2018
mario2018! mario2019 mario2019! mario2020 mario2020! mario2021 mario2021! mario2022 mario2022! mario2023
mario2023! mario2024 mario2024! mario2025 mario2025! mario2026 mario2026! mario2027 mario2027! mario321
mario@123 marioforever mariomario mark123! mark1234 mark12345 mark123456 mark1980 mark1981 mark1982 mark1983
mark1984 mark1985 mark1986 mark1987 mark1988 mark1989 mark1990 mark1991 mark1992 mark1993 mark1994 mark1995
mark1996 mark1997 mark1998 mark1999 mark2000 mark2001 mark2002 mark2003 mark2004 mark2005 mark2006 mark2007
mark2008 mark4ever markbaby marklove markmark markpassword markrocks martha01 martha123 martha123! martha1234
martha12345 martha123456 martha1980 martha1981 martha1982 martha1983 martha1984 martha1985 martha1986
martha1987 martha1988 martha1989 martha1990 martha1991 martha1992 martha1993 martha1994 martha1995 martha1996
martha1997 martha1998 martha1999 martha2000 martha2001 martha2002 martha2003 martha2004 martha2005 martha2006
martha2007 martha2008 martha4ever marthababy marthalove marthamartha marthapassword martharocks mary123!
mary1234 mary12345 mary123456 mary1980 mary1981 mary1982 mary1983 mary1984 mary1985 mary1986 mary1987 mary1988
mary1989 mary1990 mary1991 mary1992 mary1993 mary1994 mary1995 mary1996 mary1997 mary1998 mary1999 mary2000
mary2001 mary2002 mary2003 mary2004 mary2005 mary2006 mary2007 mary2008 mary4ever marybaby marylove marymary
marypassword maryrocks master007 master01 master1! master12 master123 master123! master123007 master12301
master1231 master1231! master12312 master123123 master123123! master1231234 master12312345 master123123456
master1231999 master1232000 master1232010 master1232011 master1232012 master1232013 master1232014
master1232015 master1232016 master1232017 master1232018 master1232018! master1232019 master1232019!
master1232020 master1232020! master1232021 master1232021! master1232022 master1232022! master1232023
master1232023! master1232024 master1232024! master1232025 master1232025! master1232026 master1232026!
master1232027 master1232027! master123321 master1234 master12345 master123456 master12369 master123@123
master123forever master123master123 master1999 master2000 master2010 master2011 master2012 master2013
master2014 master2015 master2016 master2017 master2018 master2018! master2019 master2019! master2020
master2020! master2021 master2021! master2022 master2022! master2023 master2023! master2024 master2024!
master2025 master2025! master2026 master2026! master2027 master2027! master321 master69 master@123
masterforever mastermaster masthead masthead! masthead007 masthead01 masthead1 masthead1! masthead12
masthead123 masthead123! masthead1234 masthead12345 masthead123456 masthead1999 masthead2000 masthead2010
masthead2011 masthead2012 masthead2013 masthead2014 masthead2015 masthead2016 masthead2017 masthead2018
masthead2018! masthead2019 masthead2019! masthead2020 masthead2020! masthead2021 masthead2021! masthead2022
masthead2022! masthead2023 masthead2023! masthead2024 masthead2024! masthead2025 masthead2025! masthead2026
masthead2026! masthead2027 masthead2027! masthead321 masthead69 masthead@123 mastheadforever mastheadmasthead
matr1x1234 matrix007 matrix01 matrix1! matrix12 matrix123 matrix123! matrix1234 matrix12345 matrix123456
matrix1999 matrix2000 matrix2010 matrix2011 matrix2012 matrix2013 matrix2014 matrix2015 matrix2016 matrix2017
matrix2018 matrix2018! matrix2019 matrix2019! matrix2020 matrix2020! matrix2021 matrix2021! matrix2022
matrix2022! matrix2023 matrix2023! matrix2024 matrix2024! matrix2025 matrix2025! matrix2026 matrix2026!
matrix2027 matrix2027! matrix321 matrix69 matrix@123 matrixforever matrixmatrix matthew! matthew007 matthew01
matthew1 matthew1! matthew12 matthew123 matthew123! matthew1234 matthew12345 matthew123456 matthew1980
matthew1981 matthew1982 matthew1983 matthew1984 matthew1985 matthew1986 matthew1987 matthew1988 matthew1989
matthew1990 matthew1991 matthew1992 matthew1993 matthew1994 matthew1995 matthew1996 matthew1997 matthew1998
matthew1999 matthew2000 matthew2001 matthew2002 matthew2003 matthew2004 matthew2005 matthew2006 matthew2007
matthew2008 matthew2010 matthew2011 matthew2012 matthew2013 matthew2014 matthew2015 matthew2016 matthew2017
matthew2018 matthew2018! matthew2019 matthew2019! matthew2020 matthew2020! matthew2021 matthew2021!
matthew2022 matthew2022! matthew2023 matthew2023! matthew2024 matthew2024! matthew2025 matthew2025!
matthew2026 matthew2026! matthew2027 matthew2027! matthew321 matthew4ever matthew69 matthew@123 matthewbaby
matthewforever matthewlove matthewmatthew matthewpassword matthewrocks megan123 megan123! megan1234 megan12345
megan123456 megan1980 megan1981 megan1982 megan1983 megan1984 megan1985 megan1986 megan1987 megan1988
megan1989 megan1990 megan1991 megan1992 megan1993 megan1994 megan1995 megan1996 megan1997 megan1998 megan1999
megan2000 megan2001 megan2002 megan2003 megan2004 megan2005 megan2006 megan2007 megan2008 megan4ever meganbaby
meganlove meganmegan meganpassword meganrocks melb0urne1234 melbourne melbourne! melbourne007 melbourne01
melbourne1 melbourne1! melbourne12 melbourne123 melbourne123! melbourne1234 melbourne12345 melbourne123456
melbourne1999 melbourne2000 melbourne2010 melbourne2011 melbourne2012 melbourne2013 melbourne2014
melbourne2015 melbourne2016 melbourne2017 melbourne2018 melbourne2018! melbourne2019 melbourne2019!
melbourne2020 melbourne2020! melbourne2021 melbourne2021! melbourne2022 melbourne2022! melbourne2023
melbourne2023! melbourne2024 melbourne2024! melbourne2025 melbourne2025! melbourne2026 melbourne2026!
melbourne2027 melbourne2027! melbourne321 melbourne69 melbourne@123 melbourneforever melbournemelbourne
melissa! melissa01 melissa1 melissa123 melissa123! melissa1234 melissa12345 melissa123456 melissa1980
melissa1981 melissa1982 melissa1983 melissa1984 melissa1985 melissa1986 melissa1987 melissa1988 melissa1989
melissa1990 melissa1991 melissa1992 melissa1993 melissa1994 melissa1995 melissa1996 melissa1997 melissa1998
melissa1999 melissa2000 melissa2001 melissa2002 melissa2003 melissa2004 melissa2005 melissa2006 melissa2007
melissa2008 melissa4ever melissababy melissalove melissamelissa melissapassword melissarocks mercedes
mercedes! mercedes007 mercedes01 mercedes1 mercedes1! mercedes12 mercedes123 mercedes123! mercedes1234
mercedes12345 mercedes123456 mercedes1999 mercedes2000 mercedes2010 mercedes2011 mercedes2012 mercedes2013
mercedes2014 mercedes2015 mercedes2016 mercedes2017 mercedes2018 mercedes2018! mercedes2019 mercedes2019!
mercedes2020 mercedes2020! mercedes2021 mercedes2021! mercedes2022 mercedes2022! mercedes2023 mercedes2023!
mercedes2024 mercedes2024! mercedes2025 mercedes2025! mercedes2026 mercedes2026! mercedes2027 mercedes2027!
mercedes321 mercedes69 mercedes@123 mercedesforever mercedesmercedes merl1n1234 merlin007 merlin01 merlin1!
merlin12 merlin123 merlin123! merlin1234 merlin12345 merlin123456 merlin1999 merlin2000 merlin2010 merlin2011
merlin2012 merlin2013 merlin2014 merlin2015 merlin2016 merlin2017 merlin2018 merlin2018! merlin2019
merlin2019! merlin2020 merlin2020! merlin2021 merlin2021! merlin2022 merlin2022! merlin2023 merlin2023!
merlin2024 merlin2024! merlin2025 merlin2025! merlin2026 merlin2026! merlin2027 merlin2027! merlin321 merlin69
merlin@123 merlinforever merlinmerlin metall1ca1234 metallica metallica! metallica007 metallica01 metallica1
metallica1! metallica12 metallica123 metallica123! metallica1234 metallica12345 metallica123456 metallica1999
metallica2000 metallica2010 metallica2011 metallica2012 metallica2013 metallica2014 metallica2015
metallica2016 metallica2017 metallica2018 metallica2018! metallica2019 metallica2019! metallica2020
metallica2020! metallica2021 metallica2021! metallica2022 metallica2022! metallica2023 metallica2023!
metallica2024 metallica2024! metallica2025 metallica2025! metallica2026 metallica2026! metallica2027
metallica2027! metallica321 metallica69 metallica@123 metallicaforever metallicametallica mex1c01234 mexico007
mexico01 mexico1! mexico12 mexico123 mexico123! mexico1234 mexico12345 mexico123456 mexico1999 mexico2000
mexico2010 mexico2011 mexico2012 mexico2013 mexico2014 mexico2015 mexico2016 mexico2017 mexico2018 mexico2018!
mexico2019 mexico2019! mexico2020 mexico2020! mexico2021 mexico2021! mexico2022 mexico2022! mexico2023
mexico2023! mexico2024 mexico2024! mexico2025 mexico2025! mexico2026 mexico2026! mexico2027 mexico2027!
mexico321 mexico69 mexico@123 mexicoforever mexicomexico michael! michael007 michael01 michael1 michael1!
michael12 michael123 michael123! michael1234 michael12345 michael123456 michael1980 michael1981 michael1982
michael1983 michael1984 michael1985 michael1986 michael1987 michael1988 michael1989 michael1990 michael1991
michael1992 michael1993 michael1994 michael1995 michael1996 michael1997 michael1998 michael1999 michael2000
michael2001 michael2002 michael2003 michael2004 michael2005 michael2006 michael2007 michael2008 michael2010
michael2011 michael2012 michael2013 michael2014 michael2015 michael2016 michael2017 michael2018 michael2018!
michael2019 michael2019! michael2020 michael2020! michael2021 michael2021! michael2022 michael2022!
michael2023 michael2023! michael2024 michael2024! michael2025 michael2025! michael2026 michael2026!
michael2027 michael2027! michael321 michael4ever michael69 michael@123 michaelbaby michaelforever michaellove
michaelmichael michaelpassword michaelrocks michelle michelle! michelle007 michelle01 michelle1 michelle1!
michelle12 michelle123 michelle123! michelle1234 michelle12345 michelle123456 michelle1980 michelle1981
michelle1982 michelle1983 michelle1984 michelle1985 michelle1986 michelle1987 michelle1988 michelle1989
michelle1990 michelle1991 michelle1992 michelle1993 michelle1994 michelle1995 michelle1996 michelle1997
michelle1998 michelle1999 michelle2000 michelle2001 michelle2002 michelle2003 michelle2004 michelle2005
michelle2006 michelle2007 michelle2008 michelle2010 michelle2011 michelle2012 michelle2013 michelle2014
michelle2015 michelle2016 michelle2017 michelle2018 michelle2018! michelle2019 michelle2019! michelle2020
michelle2020! michelle2021 michelle2021! michelle2022 michelle2022! michelle2023 michelle2023! michelle2024
michelle2024! michelle2025 michelle2025! michelle2026 michelle2026! michelle2027 michelle2027! michelle321
michelle4ever michelle69 michelle@123 michellebaby michelleforever michellelove michellemichelle
michellepassword michellerocks minecraft minecraft! minecraft007 minecraft01 minecraft1 minecraft1!
minecraft12 minecraft123 minecraft123! minecraft1234 minecraft12345 minecraft123456 minecraft1999
minecraft2000 minecraft2010 minecraft2011 minecraft2012 minecraft2013 minecraft2014 minecraft2015
minecraft2016 minecraft2017 minecraft2018 minecraft2018! minecraft2019 minecraft2019! minecraft2020
minecraft2020! minecraft2021 minecraft2021! minecraft2022 minecraft2022! minecraft2023 minecraft2023!
minecraft2024 minecraft2024! minecraft2025 minecraft2025! minecraft2026 minecraft2026! minecraft2027
minecraft2027! minecraft321 minecraft69 minecraft@123 minecraftforever minecraftminecraft mmmmmmmm mmmmmmmmmm
mmmmmmmmmmmm mmmmmmmmmmmmmmmm monday007 monday01 monday1! monday12 monday123 monday123! monday1234 monday12345
monday123456 monday1999 monday2000 monday2010 monday2011 monday2012 monday2013 monday2014 monday2015
monday2016 monday2017 monday2018 monday2018! monday2019 monday2019! monday2020 monday2020! monday2021
monday2021! monday2022 monday2022! monday2023 monday2023! monday2024 monday2024! monday2025 monday2025!
monday2026 monday2026! monday2027 monday2027! monday321 monday69 monday@123 mondayforever mondaymonday
monkey007 monkey01 monkey1! monkey12 monkey123 monkey123! monkey123007 monkey12301 monkey1231 monkey1231!
monkey12312 monkey123123 monkey123123! monkey1231234 monkey12312345 monkey123123456 monkey1231999
monkey1232000 monkey1232010 monkey1232011 monkey1232012 monkey1232013 monkey1232014 monkey1232015
monkey1232016 monkey1232017 monkey1232018 monkey1232018! monkey1232019 monkey1232019! monkey1232020
monkey1232020! monkey1232021 monkey1232021! monkey1232022 monkey1232022! monkey1232023 monkey1232023!
monkey1232024 monkey1232024! monkey1232025 monkey1232025! monkey1232026 monkey1232026! monkey1232027
monkey1232027! monkey123321 monkey1234 monkey12345 monkey123456 monkey12369 monkey123@123 monkey123forever
monkey123monkey123 monkey1999 monkey2000 monkey2010 monkey2011 monkey2012 monkey2013 monkey2014 monkey2015
monkey2016 monkey2017 monkey2018 monkey2018! monkey2019 monkey2019! monkey2020 monkey2020! monkey2021
monkey2021! monkey2022 monkey2022! monkey2023 monkey2023! monkey2024 monkey2024! monkey2025 monkey2025!
monkey2026 monkey2026! monkey2027 monkey2027! monkey321 monkey69 monkey@123 monkeyforever monkeymonkey
morpheus morpheus! morpheus007 morpheus01 morpheus1 morpheus1! morpheus12 morpheus123 morpheus123!
morpheus1234 morpheus12345 morpheus123456 morpheus1999 morpheus2000 morpheus2010 morpheus2011 morpheus2012
morpheus2013 morpheus2014 morpheus2015 morpheus2016 morpheus2017 morpheus2018 morpheus2018! morpheus2019
morpheus2019! morpheus2020 morpheus2020! morpheus2021 morpheus2021! morpheus2022 morpheus2022! morpheus2023
morpheus2023! morpheus2024 morpheus2024! morpheus2025 morpheus2025! morpheus2026 morpheus2026! morpheus2027
morpheus2027! morpheus321 morpheus69 morpheus@123 morpheusforever morpheusmorpheus mu$1c123 mu$t@ng123
mus1c1234 music007 music123 music123! music1234 music12345 music123456 music1999 music2000 music2010 music2011
music2012 music2013 music2014 music2015 music2016 music2017 music2018 music2018! music2019 music2019!
music2020 music2020! music2021 music2021! music2022 music2022! music2023 music2023! music2024 music2024!
music2025 music2025! music2026 music2026! music2027 music2027! music321 music@123 musicforever musicmusic
mustang! mustang007 mustang01 mustang1 mustang1! mustang12 mustang123 mustang123! mustang1234 mustang12345
mustang123456 mustang1999 mustang2000 mustang2010 mustang2011 mustang2012 mustang2013 mustang2014 mustang2015
mustang2016 mustang2017 mustang2018 mustang2018! mustang2019 mustang2019! mustang2020 mustang2020! mustang2021
mustang2021! mustang2022 mustang2022! mustang2023 mustang2023! mustang2024 mustang2024! mustang2025
mustang2025! mustang2026 mustang2026! mustang2027 mustang2027! mustang321 mustang69 mustang@123 mustangforever
mustangmustang myabc123 myabc1231 myabcdef myabcdef1 myabcdefg myabcdefg1 myabcdefgh myabcdefgh1 myaccess
myaccess1 myadmin1 myadministrator myadministrator1 myalexander myalexander1 myamanda myamanda1 myamerica
myamerica1 myandrew myandrew1 myangel1 myangels myangels1 myapple1 myarsenal myarsenal1 myasd123 myasd1231
myasdfgh myasdfgh1 myasdfghjkl myasdfghjkl1 myashley myashley1 myastronaut myastronaut1 myaustralia
myaustralia1 myauthor myauthor1 myautumn myautumn1 mybabyboy mybabyboy1 mybabygirl mybabygirl1 mybanana
mybanana1 mybarcelona mybarcelona1 mybaseball mybaseball1 mybasketball mybasketball1 mybatman mybatman1
mybeatles mybeatles1 mybenjamin mybenjamin1 myberlin myberlin1 myblessed myblessed1 myboston myboston1
mybrazil mybrazil1 mybuster mybuster1 mybutterfly mybutterfly1 mycanada mycanada1 mychangeme mychangeme1
mycharlie mycharlie1 mycheese mycheese1 mychelsea mychelsea1 mycherry mycherry1 mychicago mychicago1 mychicken
mychicken1 mychina1 mychocolate mychocolate1 mychrist mychrist1 mychristopher mychristopher1 mycobra1 mycoffee
mycoffee1 mycollege mycollege1 mycomputer mycomputer1 mycookie mycookie1 mycorvette mycorvette1 mycosmos
mycosmos1 mycowboys mycowboys1 mycrystal mycrystal1 mydallas mydallas1 mydaniel mydaniel1 mydarling mydarling1
mydecember mydecember1 mydefault mydefault1 mydiamond mydiamond1 mydragon mydragon1 mydragon123 mydragon1231
myeagle1 myeagles myeagles1 myeditor myeditor1 myelizabeth myelizabeth1 myenergy myenergy1 myengland
myengland1 myfacebook myfacebook1 myfalcon myfalcon1 myfamily myfamily1 myfebruary myfebruary1 myferrari
myferrari1 myflower myflower1 myfootball myfootball1 myfootball11 myforever myforever1 myfortnite myfortnite1
myfrance myfrance1 myfreedom myfreedom1 myfriday myfriday1 myfriends myfriends1 mygalaxy mygalaxy1 mygamer1
mygaming mygaming1 mygandalf mygandalf1 mygermany mygermany1 myginger myginger1 mygolden mygolden1 mygoogle
mygoogle1 myguest1 myguitar myguitar1 myhacker myhacker1 myhappiness myhappiness1 myharley myharley1 myheaven
myheaven1 myhello1 myhelloworld myhelloworld1 myhistory myhistory1 myhockey myhockey1 myhoney1 myhouston
myhouston1 myhunter myhunter1 myiloveyou myiloveyou1 myiloveyou11 myindia1 myinstagram myinstagram1 myinternet
myinternet1 myiphone myiphone1 myjanuary myjanuary1 myjapan1 myjennifer myjennifer1 myjessica myjessica1
myjesus1 myjonathan myjonathan1 myjordan myjordan1 myjoshua myjoshua1 myjournal myjournal1 myjustice
myjustice1 mykiller mykiller1 mylakers mylakers1 myletmein myletmein1 myletmein123 myletmein1231 myliberty
myliberty1 mylibrary mylibrary1 mylightning mylightning1 mylions1 myliverpool myliverpool1 mylogin1 mylondon
mylondon1 mylovely mylovely1 myloveme myloveme1 mylover1 mymagazine mymagazine1 mymagic1 mymanchester
mymanchester1 mymario1 mymaster mymaster1 mymaster123 mymaster1231 mymasthead mymasthead1 mymatrix mymatrix1
mymatthew mymatthew1 mymelbourne mymelbourne1 mymercedes mymercedes1 mymerlin mymerlin1 mymetallica
mymetallica1 mymexico mymexico1 mymichael mymichael1 mymichelle mymichelle1 myminecraft myminecraft1 mymonday
mymonday1 mymonkey mymonkey1 mymonkey123 mymonkey1231 mymorpheus mymorpheus1 mymusic1 mymustang mymustang1
mynaruto mynaruto1 mynatasha mynatasha1 mynewyork mynewyork1 mynicole mynicole1 mynintendo mynintendo1
mynirvana mynirvana1 mynissan mynissan1 mynovember mynovember1 myoctober myoctober1 myorange myorange1
myp@ssw0rd myp@ssw0rd1 myp@ssword myp@ssword1 mypanther mypanther1 myparis1 mypassw0rd mypassw0rd1 mypassword
mypassword1 mypassword11 mypeace1 mypepper mypepper1 myphoenix myphoenix1 mypiano1 mypineapple mypineapple1
mypizza1 myplanet myplanet1 myplaystation myplaystation1 mypokemon mypokemon1 myporsche myporsche1 mypower1
myprincess myprincess1 myprincess11 mypublisher mypublisher1 mypurple mypurple1 myqazwsx myqazwsx1 myqwe123
myqwe1231 myqweasd myqweasd1 myqweasdzxc myqweasdzxc1 myqwerty myqwerty1 myqwerty123 myqwerty1231 myqwertyuiop
myqwertyuiop1 myrainbow myrainbow1 myranger myranger1 myreader myreader1 myrealmadrid myrealmadrid1 myresearch
myresearch1 myrobert myrobert1 myroblox myroblox1 myrocket myrocket1 myrocknroll myrocknroll1 myrockstar
myrockstar1 mysamantha mysamantha1 mysamsung mysamsung1 myschool myschool1 myscience myscience1 myseattle
myseattle1 mysecret mysecret1 mysecret123 mysecret1231 myseptember myseptember1 myshadow myshadow1 myshadow123
myshadow1231 myshark1 mysilver mysilver1 myskywalker myskywalker1 mysoccer mysoccer1 myspaceman myspaceman1
myspring myspring1 mystarwars mystarwars1 mysteelers mysteelers1 mystephanie mystephanie1 mystorm1
mystrawberry mystrawberry1 mystudent mystudent1 mysummer mysummer1 mysunflower mysunflower1 mysunshine
mysunshine1 mysunshine11 mysuperman mysuperman1 mysweetheart mysweetheart1 mysweetie mysweetie1 mysydney
mysydney1 myteacher myteacher1 mytemporary mytemporary1 mytester mytester1 mytesting mytesting1 mythomas
mythomas1 mythunder mythunder1 mytiger1 mytigers mytigers1 mytogether mytogether1 mytoronto mytoronto1
mytoyota mytoyota1 mytrinity mytrinity1 mytrustno1 mytrustno11 mytuesday mytuesday1 mytwitter mytwitter1
myunited myunited1 myuniverse myuniverse1 myuniversity myuniversity1 myvader1 myveronica myveronica1
myvictoria myvictoria1 myviper1 myweekend myweekend1 mywelcome mywelcome1 mywelcome123 mywelcome1231
mywhatever mywhatever1 mywinter mywinter1 mywizard mywizard1 mywriter mywriter1 myyamaha myyamaha1 myyankees
myyankees1 myyellow myyellow1 myzelda1 myzxc123 myzxc1231 myzxcvbn myzxcvbn1 myzxcvbnm myzxcvbnm1 n0v3mb3r123
n0vember1234 n1$$@n123 n1c0l3123 n1c0le1234 n1nt3nd0123 n1ntend01234 n1rv@n@123 n1rvana1234 n1ssan1234
n3wy0rk123 n@rut0123 n@t@$h@123 nancy123 nancy123! nancy1234 nancy12345 nancy123456 nancy1980 nancy1981
nancy1982 nancy1983 nancy1984 nancy1985 nancy1986 nancy1987 nancy1988 nancy1989 nancy1990 nancy1991 nancy1992
nancy1993 nancy1994 nancy1995 nancy1996 nancy1997 nancy1998 nancy1999 nancy2000 nancy2001 nancy2002 nancy2003
nancy2004 nancy2005 nancy2006 nancy2007 nancy2008 nancy4ever nancybaby nancylove nancynancy nancypassword
nancyrocks narut01234 naruto007 naruto01 naruto1! naruto12 naruto123 naruto123! naruto1234 naruto12345
naruto123456 naruto1999 naruto2000 naruto2010 naruto2011 naruto2012 naruto2013 naruto2014 naruto2015
naruto2016 naruto2017 naruto2018 naruto2018! naruto2019 naruto2019! naruto2020 naruto2020! naruto2021
naruto2021! naruto2022 naruto2022! naruto2023 naruto2023! naruto2024 naruto2024! naruto2025 naruto2025!
naruto2026 naruto2026! naruto2027 naruto2027! naruto321 naruto69 naruto@123 narutoforever narutonaruto
natalie! natalie01 natalie1 natalie123 natalie123! natalie1234 natalie12345 natalie123456 natalie1980
natalie1981 natalie1982 natalie1983 natalie1984 natalie1985 natalie1986 natalie1987 natalie1988 natalie1989
natalie1990 natalie1991 natalie1992 natalie1993 natalie1994 natalie1995 natalie1996 natalie1997 natalie1998
natalie1999 natalie2000 natalie2001 natalie2002 natalie2003 natalie2004 natalie2005 natalie2006 natalie2007
natalie2008 natalie4ever nataliebaby natalielove natalienatalie nataliepassword natalierocks natasha!
natasha007 natasha01 natasha1 natasha1! natasha12 natasha123 natasha123! natasha1234 natasha12345
natasha123456 natasha1999 natasha2000 natasha2010 natasha2011 natasha2012 natasha2013 natasha2014 natasha2015
natasha2016 natasha2017 natasha2018 natasha2018! natasha2019 natasha2019! natasha2020 natasha2020! natasha2021
natasha2021! natasha2022 natasha2022! natasha2023 natasha2023! natasha2024 natasha2024! natasha2025
natasha2025! natasha2026 natasha2026! natasha2027 natasha2027! natasha321 natasha69 natasha@123 natashaforever
natashanatasha nathan01 nathan123 nathan123! nathan1234 nathan12345 nathan123456 nathan1980 nathan1981
nathan1982 nathan1983 nathan1984 nathan1985 nathan1986 nathan1987 nathan1988 nathan1989 nathan1990 nathan1991
nathan1992 nathan1993 nathan1994 nathan1995 nathan1996 nathan1997 nathan1998 nathan1999 nathan2000 nathan2001
nathan2002 nathan2003 nathan2004 nathan2005 nathan2006 nathan2007 nathan2008 nathan4ever nathanbaby nathanlove
nathannathan nathanpassword nathanrocks neo12345 neo123456 neo2018! neo2019! neo2020! neo2021! neo2022!
neo2023! neo2024! neo2025! neo2026! neo2027! neoforever newy0rk1234 newyork! newyork007 newyork01 newyork1
newyork1! newyork12 newyork123 newyork123! newyork1234 newyork12345 newyork123456 newyork1999 newyork2000
newyork2010 newyork2011 newyork2012 newyork2013 newyork2014 newyork2015 newyork2016 newyork2017 newyork2018
newyork2018! newyork2019 newyork2019! newyork2020 newyork2020! newyork2021 newyork2021! newyork2022
newyork2022! newyork2023 newyork2023! newyork2024 newyork2024! newyork2025 newyork2025! newyork2026
newyork2026! newyork2027 newyork2027! newyork321 newyork69 newyork@123 newyorkforever newyorknewyork nicholas!
nicholas01 nicholas1 nicholas123 nicholas123! nicholas1234 nicholas12345 nicholas123456 nicholas1980
nicholas1981 nicholas1982 nicholas1983 nicholas1984 nicholas1985 nicholas1986 nicholas1987 nicholas1988
nicholas1989 nicholas1990 nicholas1991 nicholas1992 nicholas1993 nicholas1994 nicholas1995 nicholas1996
nicholas1997 nicholas1998 nicholas1999 nicholas2000 nicholas2001 nicholas2002 nicholas2003 nicholas2004
nicholas2005 nicholas2006 nicholas2007 nicholas2008 nicholas4ever nicholasbaby nicholaslove nicholasnicholas
nicholaspassword nicholasrocks nicole007 nicole01 nicole1! nicole12 nicole123 nicole123! nicole1234
nicole12345 nicole123456 nicole1980 nicole1981 nicole1982 nicole1983 nicole1984 nicole1985 nicole1986
nicole1987 nicole1988 nicole1989 nicole1990 nicole1991 nicole1992 nicole1993 nicole1994 nicole1995 nicole1996
nicole1997 nicole1998 nicole1999 nicole2000 nicole2001 nicole2002 nicole2003 nicole2004 nicole2005 nicole2006
nicole2007 nicole2008 nicole2010 nicole2011 nicole2012 nicole2013 nicole2014 nicole2015 nicole2016 nicole2017
nicole2018 nicole2018! nicole2019 nicole2019! nicole2020 nicole2020! nicole2021 nicole2021! nicole2022
nicole2022! nicole2023 nicole2023! nicole2024 nicole2024! nicole2025 nicole2025! nicole2026 nicole2026!
nicole2027 nicole2027! nicole321 nicole4ever nicole69 nicole@123 nicolebaby nicoleforever nicolelove
nicolenicole nicolepassword nicolerocks nintendo nintendo! nintendo007 nintendo01 nintendo1 nintendo1!
nintendo12 nintendo123 nintendo123! nintendo1234 nintendo12345 nintendo123456 nintendo1999 nintendo2000
nintendo2010 nintendo2011 nintendo2012 nintendo2013 nintendo2014 nintendo2015 nintendo2016 nintendo2017
nintendo2018 nintendo2018! nintendo2019 nintendo2019! nintendo2020 nintendo2020! nintendo2021 nintendo2021!
nintendo2022 nintendo2022! nintendo2023 nintendo2023! nintendo2024 nintendo2024! nintendo2025 nintendo2025!
nintendo2026 nintendo2026! nintendo2027 nintendo2027! nintendo321 nintendo69 nintendo@123 nintendoforever
nintendonintendo nirvana! nirvana007 nirvana01 nirvana1 nirvana1! nirvana12 nirvana123 nirvana123! nirvana1234
nirvana12345 nirvana123456 nirvana1999 nirvana2000 nirvana2010 nirvana2011 nirvana2012 nirvana2013 nirvana2014
nirvana2015 nirvana2016 nirvana2017 nirvana2018 nirvana2018! nirvana2019 nirvana2019! nirvana2020 nirvana2020!
nirvana2021 nirvana2021! nirvana2022 nirvana2022! nirvana2023 nirvana2023! nirvana2024 nirvana2024!
nirvana2025 nirvana2025! nirvana2026 nirvana2026! nirvana2027 nirvana2027! nirvana321 nirvana69 nirvana@123
nirvanaforever nirvananirvana nissan007 nissan01 nissan1! nissan12 nissan123 nissan123! nissan1234 nissan12345
nissan123456 nissan1999 nissan2000 nissan2010 nissan2011 nissan2012 nissan2013 nissan2014 nissan2015
nissan2016 nissan2017 nissan2018 nissan2018! nissan2019 nissan2019! nissan2020 nissan2020! nissan2021
nissan2021! nissan2022 nissan2022! nissan2023 nissan2023! nissan2024 nissan2024! nissan2025 nissan2025!
nissan2026 nissan2026! nissan2027 nissan2027! nissan321 nissan69 nissan@123 nissanforever nissannissan
nnnnnnnn nnnnnnnnnn nnnnnnnnnnnn nnnnnnnnnnnnnnnn noah123! noah1234 noah12345 noah123456 noah1980 noah1981
noah1982 noah1983 noah1984 noah1985 noah1986 noah1987 noah1988 noah1989 noah1990 noah1991 noah1992 noah1993
noah1994 noah1995 noah1996 noah1997 noah1998 noah1999 noah2000 noah2001 noah2002 noah2003 noah2004 noah2005
noah2006 noah2007 noah2008 noah4ever noahbaby noahlove noahnoah noahpassword noahrocks november november!
november007 november01 november1 november1! november12 november123 november123! november1234 november12345
november123456 november1999 november2000 november2010 november2011 november2012 november2013 november2014
november2015 november2016 november2017 november2018 november2018! november2019 november2019! november2020
november2020! november2021 november2021! november2022 november2022! november2023 november2023! november2024
november2024! november2025 november2025! november2026 november2026! november2027 november2027! november321
november69 november@123 novemberforever novembernovember october! october007 october01 october1 october1!
october12 october123 october123! october1234 october12345 october123456 october1999 october2000 october2010
october2011 october2012 october2013 october2014 october2015 october2016 october2017 october2018 october2018!
october2019 october2019! october2020 october2020! october2021 october2021! october2022 october2022!
october2023 october2023! october2024 october2024! october2025 october2025! october2026 october2026!
october2027 october2027! october321 october69 october@123 octoberforever octoberoctober olivia01 olivia123
olivia123! olivia1234 olivia12345 olivia123456 olivia1980 olivia1981 olivia1982 olivia1983 olivia1984
olivia1985 olivia1986 olivia1987 olivia1988 olivia1989 olivia1990 olivia1991 olivia1992 olivia1993 olivia1994
olivia1995 olivia1996 olivia1997 olivia1998 olivia1999 olivia2000 olivia2001 olivia2002 olivia2003 olivia2004
olivia2005 olivia2006 olivia2007 olivia2008 olivia4ever oliviababy olivialove oliviaolivia oliviapassword
oliviarocks oooooooo oooooooooo oooooooooooo oooooooooooooooo orange007 orange01 orange1! orange12 orange123
orange123! orange1234 orange12345 orange123456 orange1999 orange2000 orange2010 orange2011 orange2012
orange2013 orange2014 orange2015 orange2016 orange2017 orange2018 orange2018! orange2019 orange2019!
orange2020 orange2020! orange2021 orange2021! orange2022 orange2022! orange2023 orange2023! orange2024
orange2024! orange2025 orange2025! orange2026 orange2026! orange2027 orange2027! orange321 orange69 orange@123
orangeforever orangeorange p0k3m0n123 p0kem0n1234 p0r$ch3123 p0rsche1234 p0w3r123 p0wer1234 p1@n0123 p1an01234
p1n3@ppl3123 p1neapple1234 p1zz@123 p1zza1234 p3@c3123 p3pp3r123 p@$$w0rd1123 p@$$w0rd123 p@nth3r123 p@r1$123
p@ssw0rd p@ssw0rd! p@ssw0rd007 p@ssw0rd01 p@ssw0rd1 p@ssw0rd1! p@ssw0rd12 p@ssw0rd123 p@ssw0rd123!
p@ssw0rd1234 p@ssw0rd12345 p@ssw0rd123456 p@ssw0rd1999 p@ssw0rd2000 p@ssw0rd2010 p@ssw0rd2011 p@ssw0rd2012
p@ssw0rd2013 p@ssw0rd2014 p@ssw0rd2015 p@ssw0rd2016 p@ssw0rd2017 p@ssw0rd2018 p@ssw0rd2018! p@ssw0rd2019
p@ssw0rd2019! p@ssw0rd2020 p@ssw0rd2020! p@ssw0rd2021 p@ssw0rd2021! p@ssw0rd2022 p@ssw0rd2022! p@ssw0rd2023
p@ssw0rd2023! p@ssw0rd2024 p@ssw0rd2024! p@ssw0rd2025 p@ssw0rd2025! p@ssw0rd2026 p@ssw0rd2026! p@ssw0rd2027
p@ssw0rd2027! p@ssw0rd321 p@ssw0rd69 p@ssw0rd@123 p@ssw0rdforever p@ssw0rdp@ssw0rd p@ssword p@ssword!
p@ssword007 p@ssword01 p@ssword1 p@ssword1! p@ssword12 p@ssword123 p@ssword123! p@ssword1234 p@ssword12345
p@ssword123456 p@ssword1999 p@ssword2000 p@ssword2010 p@ssword2011 p@ssword2012 p@ssword2013 p@ssword2014
p@ssword2015 p@ssword2016 p@ssword2017 p@ssword2018 p@ssword2018! p@ssword2019 p@ssword2019! p@ssword2020
p@ssword2020! p@ssword2021 p@ssword2021! p@ssword2022 p@ssword2022! p@ssword2023 p@ssword2023! p@ssword2024
p@ssword2024! p@ssword2025 p@ssword2025! p@ssword2026 p@ssword2026! p@ssword2027 p@ssword2027! p@ssword321
p@ssword69 p@ssword@123 p@sswordforever p@sswordp@ssword pamela01 pamela123 pamela123! pamela1234 pamela12345
pamela123456 pamela1980 pamela1981 pamela1982 pamela1983 pamela1984 pamela1985 pamela1986 pamela1987
pamela1988 pamela1989 pamela1990 pamela1991 pamela1992 pamela1993 pamela1994 pamela1995 pamela1996 pamela1997
pamela1998 pamela1999 pamela2000 pamela2001 pamela2002 pamela2003 pamela2004 pamela2005 pamela2006 pamela2007
pamela2008 pamela4ever pamelababy pamelalove pamelapamela pamelapassword pamelarocks panther! panther007
panther01 panther1 panther1! panther12 panther123 panther123! panther1234 panther12345 panther123456
panther1999 panther2000 panther2010 panther2011 panther2012 panther2013 panther2014 panther2015 panther2016
panther2017 panther2018 panther2018! panther2019 panther2019! panther2020 panther2020! panther2021
panther2021! panther2022 panther2022! panther2023 panther2023! panther2024 panther2024! panther2025
panther2025! panther2026 panther2026! panther2027 panther2027! panther321 panther69 panther@123 pantherforever
pantherpanther par1s1234 paris007 paris123 paris123! paris1234 paris12345 paris123456 paris1999 paris2000
paris2010 paris2011 paris2012 paris2013 paris2014 paris2015 paris2016 paris2017 paris2018 paris2018! paris2019
paris2019! paris2020 paris2020! paris2021 paris2021! paris2022 paris2022! paris2023 paris2023! paris2024
paris2024! paris2025 paris2025! paris2026 paris2026! paris2027 paris2027! paris321 paris@123 parisforever
parisparis passw0rd passw0rd! passw0rd007 passw0rd01 passw0rd1 passw0rd1! passw0rd11234 passw0rd12 passw0rd123
passw0rd123! passw0rd1234 passw0rd12345 passw0rd123456 passw0rd1999 passw0rd2000 passw0rd2010 passw0rd2011
passw0rd2012 passw0rd2013 passw0rd2014 passw0rd2015 passw0rd2016 passw0rd2017 passw0rd2018 passw0rd2018!
passw0rd2019 passw0rd2019! passw0rd2020 passw0rd2020! passw0rd2021 passw0rd2021! passw0rd2022 passw0rd2022!
passw0rd2023 passw0rd2023! passw0rd2024 passw0rd2024! passw0rd2025 passw0rd2025! passw0rd2026 passw0rd2026!
passw0rd2027 passw0rd2027! passw0rd321 passw0rd69 passw0rd@123 passw0rdforever passw0rdpassw0rd password
password! password007 password01 password1 password1! password1007 password101 password11 password11!
password112 password1123 password1123! password11234 password112345 password1123456 password11999 password12
password12000 password12010 password12011 password12012 password12013 password12014 password12015
password12016 password12017 password12018 password12018! password12019 password12019! password12020
password12020! password12021 password12021! password12022 password12022! password12023 password12023!
password12024 password12024! password12025 password12025! password12026 password12026! password12027
password12027! password123 password123! password1234 password12345 password123456 password1321 password169
password1999 password1@123 password1forever password1password1 password2000 password2010 password2011
password2012 password2013 password2014 password2015 password2016 password2017 password2018 password2018!
password2019 password2019! password2020 password2020! password2021 password2021! password2022 password2022!
password2023 password2023! password2024 password2024! password2025 password2025! password2026 password2026!
password2027 password2027! password321 password69 password@123 passwordforever passwordpassword patricia!
patricia01 patricia1 patricia123 patricia123! patricia1234 patricia12345 patricia123456 patricia1980
patricia1981 patricia1982 patricia1983 patricia1984 patricia1985 patricia1986 patricia1987 patricia1988
patricia1989 patricia1990 patricia1991 patricia1992 patricia1993 patricia1994 patricia1995 patricia1996
patricia1997 patricia1998 patricia1999 patricia2000 patricia2001 patricia2002 patricia2003 patricia2004
patricia2005 patricia2006 patricia2007 patricia2008 patricia4ever patriciababy patricialove patriciapassword
patriciapatricia patriciarocks patrick! patrick01 patrick1 patrick123 patrick123! patrick1234 patrick12345
patrick123456 patrick1980 patrick1981 patrick1982 patrick1983 patrick1984 patrick1985 patrick1986 patrick1987
patrick1988 patrick1989 patrick1990 patrick1991 patrick1992 patrick1993 patrick1994 patrick1995 patrick1996
patrick1997 patrick1998 patrick1999 patrick2000 patrick2001 patrick2002 patrick2003 patrick2004 patrick2005
patrick2006 patrick2007 patrick2008 patrick4ever patrickbaby patricklove patrickpassword patrickpatrick
patrickrocks paul123! paul1234 paul12345 paul123456 paul1980 paul1981 paul1982 paul1983 paul1984 paul1985
paul1986 paul1987 paul1988 paul1989 paul1990 paul1991 paul1992 paul1993 paul1994 paul1995 paul1996 paul1997
paul1998 paul1999 paul2000 paul2001 paul2002 paul2003 paul2004 paul2005 paul2006 paul2007 paul2008 paul4ever
paulbaby paullove paulpassword paulpaul paulrocks peace007 peace123 peace123! peace1234 peace12345 peace123456
peace1999 peace2000 peace2010 peace2011 peace2012 peace2013 peace2014 peace2015 peace2016 peace2017 peace2018
peace2018! peace2019 peace2019! peace2020 peace2020! peace2021 peace2021! peace2022 peace2022! peace2023
peace2023! peace2024 peace2024! peace2025 peace2025! peace2026 peace2026! peace2027 peace2027! peace321
peace@123 peaceforever peacepeace pepper007 pepper01 pepper1! pepper12 pepper123 pepper123! pepper1234
pepper12345 pepper123456 pepper1999 pepper2000 pepper2010 pepper2011 pepper2012 pepper2013 pepper2014
pepper2015 pepper2016 pepper2017 pepper2018 pepper2018! pepper2019 pepper2019! pepper2020 pepper2020!
pepper2021 pepper2021! pepper2022 pepper2022! pepper2023 pepper2023! pepper2024 pepper2024! pepper2025
pepper2025! pepper2026 pepper2026! pepper2027 pepper2027! pepper321 pepper69 pepper@123 pepperforever
pepperpepper peter123 peter123! peter1234 peter12345 peter123456 peter1980 peter1981 peter1982 peter1983
peter1984 peter1985 peter1986 peter1987 peter1988 peter1989 peter1990 peter1991 peter1992 peter1993 peter1994
peter1995 peter1996 peter1997 peter1998 peter1999 peter2000 peter2001 peter2002 peter2003 peter2004 peter2005
peter2006 peter2007 peter2008 peter4ever peterbaby peterlove peterpassword peterpeter peterrocks ph03n1x123
ph0en1x1234 phoenix! phoenix007 phoenix01 phoenix1 phoenix1! phoenix12 phoenix123 phoenix123! phoenix1234
phoenix12345 phoenix123456 phoenix1999 phoenix2000 phoenix2010 phoenix2011 phoenix2012 phoenix2013 phoenix2014
phoenix2015 phoenix2016 phoenix2017 phoenix2018 phoenix2018! phoenix2019 phoenix2019! phoenix2020 phoenix2020!
phoenix2021 phoenix2021! phoenix2022 phoenix2022! phoenix2023 phoenix2023! phoenix2024 phoenix2024!
phoenix2025 phoenix2025! phoenix2026 phoenix2026! phoenix2027 phoenix2027! phoenix321 phoenix69 phoenix@123
phoenixforever phoenixphoenix piano007 piano123 piano123! piano1234 piano12345 piano123456 piano1999 piano2000
piano2010 piano2011 piano2012 piano2013 piano2014 piano2015 piano2016 piano2017 piano2018 piano2018! piano2019
piano2019! piano2020 piano2020! piano2021 piano2021! piano2022 piano2022! piano2023 piano2023! piano2024
piano2024! piano2025 piano2025! piano2026 piano2026! piano2027 piano2027! piano321 piano@123 pianoforever
pianopiano pineapple pineapple! pineapple007 pineapple01 pineapple1 pineapple1! pineapple12 pineapple123
pineapple123! pineapple1234 pineapple12345 pineapple123456 pineapple1999 pineapple2000 pineapple2010
pineapple2011 pineapple2012 pineapple2013 pineapple2014 pineapple2015 pineapple2016 pineapple2017
pineapple2018 pineapple2018! pineapple2019 pineapple2019! pineapple2020 pineapple2020! pineapple2021
pineapple2021! pineapple2022 pineapple2022! pineapple2023 pineapple2023! pineapple2024 pineapple2024!
pineapple2025 pineapple2025! pineapple2026 pineapple2026! pineapple2027 pineapple2027! pineapple321
pineapple69 pineapple@123 pineappleforever pineapplepineapple pizza007 pizza123 pizza123! pizza1234 pizza12345
pizza123456 pizza1999 pizza2000 pizza2010 pizza2011 pizza2012 pizza2013 pizza2014 pizza2015 pizza2016
pizza2017 pizza2018 pizza2018! pizza2019 pizza2019! pizza2020 pizza2020! pizza2021 pizza2021! pizza2022
pizza2022! pizza2023 pizza2023! pizza2024 pizza2024! pizza2025 pizza2025! pizza2026 pizza2026! pizza2027
pizza2027! pizza321 pizza@123 pizzaforever pizzapizza pl@n3t123 pl@y$t@t10n123 planet007 planet01 planet1!
planet12 planet123 planet123! planet1234 planet12345 planet123456 planet1999 planet2000 planet2010 planet2011
planet2012 planet2013 planet2014 planet2015 planet2016 planet2017 planet2018 planet2018! planet2019
planet2019! planet2020 planet2020! planet2021 planet2021! planet2022 planet2022! planet2023 planet2023!
planet2024 planet2024! planet2025 planet2025! planet2026 planet2026! planet2027 planet2027! planet321 planet69
planet@123 planetforever planetplanet playstat10n1234 playstation playstation! playstation007 playstation01
playstation1 playstation1! playstation12 playstation123 playstation123! playstation1234 playstation12345
playstation123456 playstation1999 playstation2000 playstation2010 playstation2011 playstation2012
playstation2013 playstation2014 playstation2015 playstation2016 playstation2017 playstation2018
playstation2018! playstation2019 playstation2019! playstation2020 playstation2020! playstation2021
playstation2021! playstation2022 playstation2022! playstation2023 playstation2023! playstation2024
playstation2024! playstation2025 playstation2025! playstation2026 playstation2026! playstation2027
playstation2027! playstation321 playstation69 playstation@123 playstationforever playstationplaystation
poiuytrewq pokemon! pokemon007 pokemon01 pokemon1 pokemon1! pokemon12 pokemon123 pokemon123! pokemon1234
pokemon12345 pokemon123456 pokemon1999 pokemon2000 pokemon2010 pokemon2011 pokemon2012 pokemon2013 pokemon2014
pokemon2015 pokemon2016 pokemon2017 pokemon2018 pokemon2018! pokemon2019 pokemon2019! pokemon2020 pokemon2020!
pokemon2021 pokemon2021! pokemon2022 pokemon2022! pokemon2023 pokemon2023! pokemon2024 pokemon2024!
pokemon2025 pokemon2025! pokemon2026 pokemon2026! pokemon2027 pokemon2027! pokemon321 pokemon69 pokemon@123
pokemonforever pokemonpokemon porsche! porsche007 porsche01 porsche1 porsche1! porsche12 porsche123
porsche123! porsche1234 porsche12345 porsche123456 porsche1999 porsche2000 porsche2010 porsche2011 porsche2012
porsche2013 porsche2014 porsche2015 porsche2016 porsche2017 porsche2018 porsche2018! porsche2019 porsche2019!
porsche2020 porsche2020! porsche2021 porsche2021! porsche2022 porsche2022! porsche2023 porsche2023!
porsche2024 porsche2024! porsche2025 porsche2025! porsche2026 porsche2026! porsche2027 porsche2027! porsche321
porsche69 porsche@123 porscheforever porscheporsche power007 power123 power123! power1234 power12345
power123456 power1999 power2000 power2010 power2011 power2012 power2013 power2014 power2015 power2016
power2017 power2018 power2018! power2019 power2019! power2020 power2020! power2021 power2021! power2022
power2022! power2023 power2023! power2024 power2024! power2025 power2025! power2026 power2026! power2027
power2027! power321 power@123 powerforever powerpower pppppppp pppppppppp pppppppppppp pppppppppppppppp
pr1nc3$$1123 pr1nc3$$123 pr1ncess11234 pr1ncess1234 princess princess! princess007 princess01 princess1
princess1! princess1007 princess101 princess11 princess11! princess112 princess1123 princess1123!
princess11234 princess112345 princess1123456 princess11999 princess12 princess12000 princess12010
princess12011 princess12012 princess12013 princess12014 princess12015 princess12016 princess12017
princess12018 princess12018! princess12019 princess12019! princess12020 princess12020! princess12021
princess12021! princess12022 princess12022! princess12023 princess12023! princess12024 princess12024!
princess12025 princess12025! princess12026 princess12026! princess12027 princess12027! princess123
princess123! princess1234 princess12345 princess123456 princess1321 princess169 princess1999 princess1@123
princess1forever princess1princess1 princess2000 princess2010 princess2011 princess2012 princess2013
princess2014 princess2015 princess2016 princess2017 princess2018 princess2018! princess2019 princess2019!
princess2020 princess2020! princess2021 princess2021! princess2022 princess2022! princess2023 princess2023!
princess2024 princess2024! princess2025 princess2025! princess2026 princess2026! princess2027 princess2027!
princess321 princess69 princess@123 princessforever princessprincess publ1$h3r123 publ1sher1234 publisher
publisher! publisher007 publisher01 publisher1 publisher1! publisher12 publisher123 publisher123!
publisher1234 publisher12345 publisher123456 publisher1999 publisher2000 publisher2010 publisher2011
publisher2012 publisher2013 publisher2014 publisher2015 publisher2016 publisher2017 publisher2018
publisher2018! publisher2019 publisher2019! publisher2020 publisher2020! publisher2021 publisher2021!
publisher2022 publisher2022! publisher2023 publisher2023! publisher2024 publisher2024! publisher2025
publisher2025! publisher2026 publisher2026! publisher2027 publisher2027! publisher321 publisher69
publisher@123 publisherforever publisherpublisher purpl3123 purple007 purple01 purple1! purple12 purple123
purple123! purple1234 purple12345 purple123456 purple1999 purple2000 purple2010 purple2011 purple2012
purple2013 purple2014 purple2015 purple2016 purple2017 purple2018 purple2018! purple2019 purple2019!
purple2020 purple2020! purple2021 purple2021! purple2022 purple2022! purple2023 purple2023! purple2024
purple2024! purple2025 purple2025! purple2026 purple2026! purple2027 purple2027! purple321 purple69 purple@123
purpleforever purplepurple q1w2e3r4t5 q1w2e3r4t5y6 q@zw$x123 qazwsx007 qazwsx01 qazwsx1! qazwsx12 qazwsx123
qazwsx123! qazwsx1234 qazwsx12345 qazwsx123456 qazwsx1999 qazwsx2000 qazwsx2010 qazwsx2011 qazwsx2012
qazwsx2013 qazwsx2014 qazwsx2015 qazwsx2016 qazwsx2017 qazwsx2018 qazwsx2018! qazwsx2019 qazwsx2019!
qazwsx2020 qazwsx2020! qazwsx2021 qazwsx2021! qazwsx2022 qazwsx2022! qazwsx2023 qazwsx2023! qazwsx2024
qazwsx2024! qazwsx2025 qazwsx2025! qazwsx2026 qazwsx2026! qazwsx2027 qazwsx2027! qazwsx321 qazwsx69 qazwsx@123
qazwsxedc qazwsxedcrfv qazwsxforever qazwsxqazwsx qqqqqqqq qqqqqqqqqq qqqqqqqqqqqq qqqqqqqqqqqqqqqq qw3123123
qw3@$d123 qw3@$dzxc123 qw3rty123 qw3rty123123 qw3rtyu10p123 qwe123007 qwe12301 qwe1231! qwe12312 qwe123123
qwe123123! qwe1231234 qwe12312345 qwe123123456 qwe1231999 qwe1232000 qwe1232010 qwe1232011 qwe1232012
qwe1232013 qwe1232014 qwe1232015 qwe1232016 qwe1232017 qwe1232018 qwe1232018! qwe1232019 qwe1232019!
qwe1232020 qwe1232020! qwe1232021 qwe1232021! qwe1232022 qwe1232022! qwe1232023 qwe1232023! qwe1232024
qwe1232024! qwe1232025 qwe1232025! qwe1232026 qwe1232026! qwe1232027 qwe1232027! qwe123321 qwe12369 qwe123@123
qwe123forever qwe123qwe123 qweasd007 qweasd01 qweasd1! qweasd12 qweasd123 qweasd123! qweasd1234 qweasd12345
qweasd123456 qweasd1999 qweasd2000 qweasd2010 qweasd2011 qweasd2012 qweasd2013 qweasd2014 qweasd2015
qweasd2016 qweasd2017 qweasd2018 qweasd2018! qweasd2019 qweasd2019! qweasd2020 qweasd2020! qweasd2021
qweasd2021! qweasd2022 qweasd2022! qweasd2023 qweasd2023! qweasd2024 qweasd2024! qweasd2025 qweasd2025!
qweasd2026 qweasd2026! qweasd2027 qweasd2027! qweasd321 qweasd69 qweasd@123 qweasdforever qweasdqweasd
qweasdzxc qweasdzxc! qweasdzxc007 qweasdzxc01 qweasdzxc1 qweasdzxc1! qweasdzxc12 qweasdzxc123 qweasdzxc123!
qweasdzxc1234 qweasdzxc12345 qweasdzxc123456 qweasdzxc1999 qweasdzxc2000 qweasdzxc2010 qweasdzxc2011
qweasdzxc2012 qweasdzxc2013 qweasdzxc2014 qweasdzxc2015 qweasdzxc2016 qweasdzxc2017 qweasdzxc2018
qweasdzxc2018! qweasdzxc2019 qweasdzxc2019! qweasdzxc2020 qweasdzxc2020! qweasdzxc2021 qweasdzxc2021!
qweasdzxc2022 qweasdzxc2022! qweasdzxc2023 qweasdzxc2023! qweasdzxc2024 qweasdzxc2024! qweasdzxc2025
qweasdzxc2025! qweasdzxc2026 qweasdzxc2026! qweasdzxc2027 qweasdzxc2027! qweasdzxc321 qweasdzxc69
qweasdzxc@123 qweasdzxcforever qweasdzxcqweasdzxc qwer1234 qwerasdf qwerasdfzxcv qwerty007 qwerty01 qwerty1!
qwerty12 qwerty123 qwerty123! qwerty123007 qwerty12301 qwerty1231 qwerty1231! qwerty12312 qwerty123123
qwerty123123! qwerty1231234 qwerty12312345 qwerty123123456 qwerty1231999 qwerty1232000 qwerty1232010
qwerty1232011 qwerty1232012 qwerty1232013 qwerty1232014 qwerty1232015 qwerty1232016 qwerty1232017
qwerty1232018 qwerty1232018! qwerty1232019 qwerty1232019! qwerty1232020 qwerty1232020! qwerty1232021
qwerty1232021! qwerty1232022 qwerty1232022! qwerty1232023 qwerty1232023! qwerty1232024 qwerty1232024!
qwerty1232025 qwerty1232025! qwerty1232026 qwerty1232026! qwerty1232027 qwerty1232027! qwerty123321 qwerty1234
qwerty12345 qwerty123456 qwerty12369 qwerty123@123 qwerty123forever qwerty123qwerty123 qwerty1999 qwerty2000
qwerty2010 qwerty2011 qwerty2012 qwerty2013 qwerty2014 qwerty2015 qwerty2016 qwerty2017 qwerty2018 qwerty2018!
qwerty2019 qwerty2019! qwerty2020 qwerty2020! qwerty2021 qwerty2021! qwerty2022 qwerty2022! qwerty2023
qwerty2023! qwerty2024 qwerty2024! qwerty2025 qwerty2025! qwerty2026 qwerty2026! qwerty2027 qwerty2027!
qwerty321 qwerty69 qwerty@123 qwertyforever qwertyqwerty qwertyu10p1234 qwertyui qwertyuiop qwertyuiop!
qwertyuiop007 qwertyuiop01 qwertyuiop1 qwertyuiop1! qwertyuiop12 qwertyuiop123 qwertyuiop123! qwertyuiop1234
qwertyuiop12345 qwertyuiop123456 qwertyuiop1999 qwertyuiop2000 qwertyuiop2010 qwertyuiop2011 qwertyuiop2012
qwertyuiop2013 qwertyuiop2014 qwertyuiop2015 qwertyuiop2016 qwertyuiop2017 qwertyuiop2018 qwertyuiop2018!
qwertyuiop2019 qwertyuiop2019! qwertyuiop2020 qwertyuiop2020! qwertyuiop2021 qwertyuiop2021! qwertyuiop2022
qwertyuiop2022! qwertyuiop2023 qwertyuiop2023! qwertyuiop2024 qwertyuiop2024! qwertyuiop2025 qwertyuiop2025!
qwertyuiop2026 qwertyuiop2026! qwertyuiop2027 qwertyuiop2027! qwertyuiop321 qwertyuiop69 qwertyuiop@123
qwertyuiop[] qwertyuiopforever qwertyuiopqwertyuiop qwertz123 qwertzuiop r0b3rt123 r0bert1234 r0bl0x123
r0bl0x1234 r0ck$t@r123 r0ck3t123 r0cket1234 r0cknr0ll123 r0cknr0ll1234 r0ckstar1234 r3$3@rch123 r3@d3r123
r3@lm@dr1d123 r@1nb0w123 r@ng3r123 ra1nb0w1234 rachel01 rachel123 rachel123! rachel1234 rachel12345
rachel123456 rachel1980 rachel1981 rachel1982 rachel1983 rachel1984 rachel1985 rachel1986 rachel1987
rachel1988 rachel1989 rachel1990 rachel1991 rachel1992 rachel1993 rachel1994 rachel1995 rachel1996 rachel1997
rachel1998 rachel1999 rachel2000 rachel2001 rachel2002 rachel2003 rachel2004 rachel2005 rachel2006 rachel2007
rachel2008 rachel4ever rachelbaby rachellove rachelpassword rachelrachel rachelrocks rainbow! rainbow007
rainbow01 rainbow1 rainbow1! rainbow12 rainbow123 rainbow123! rainbow1234 rainbow12345 rainbow123456
rainbow1999 rainbow2000 rainbow2010 rainbow2011 rainbow2012 rainbow2013 rainbow2014 rainbow2015 rainbow2016
rainbow2017 rainbow2018 rainbow2018! rainbow2019 rainbow2019! rainbow2020 rainbow2020! rainbow2021
rainbow2021! rainbow2022 rainbow2022! rainbow2023 rainbow2023! rainbow2024 rainbow2024! rainbow2025
rainbow2025! rainbow2026 rainbow2026! rainbow2027 rainbow2027! rainbow321 rainbow69 rainbow@123 rainbowforever
rainbowrainbow ranger007 ranger01 ranger1! ranger12 ranger123 ranger123! ranger1234 ranger12345 ranger123456
ranger1999 ranger2000 ranger2010 ranger2011 ranger2012 ranger2013 ranger2014 ranger2015 ranger2016 ranger2017
ranger2018 ranger2018! ranger2019 ranger2019! ranger2020 ranger2020! ranger2021 ranger2021! ranger2022
ranger2022! ranger2023 ranger2023! ranger2024 ranger2024! ranger2025 ranger2025! ranger2026 ranger2026!
ranger2027 ranger2027! ranger321 ranger69 ranger@123 rangerforever rangerranger raymond! raymond01 raymond1
raymond123 raymond123! raymond1234 raymond12345 raymond123456 raymond1980 raymond1981 raymond1982 raymond1983
raymond1984 raymond1985 raymond1986 raymond1987 raymond1988 raymond1989 raymond1990 raymond1991 raymond1992
raymond1993 raymond1994 raymond1995 raymond1996 raymond1997 raymond1998 raymond1999 raymond2000 raymond2001
raymond2002 raymond2003 raymond2004 raymond2005 raymond2006 raymond2007 raymond2008 raymond4ever raymondbaby
raymondlove raymondpassword raymondraymond raymondrocks reader007 reader01 reader1! reader12 reader123
reader123! reader1234 reader12345 reader123456 reader1999 reader2000 reader2010 reader2011 reader2012
reader2013 reader2014 reader2015 reader2016 reader2017 reader2018 reader2018! reader2019 reader2019!
reader2020 reader2020! reader2021 reader2021! reader2022 reader2022! reader2023 reader2023! reader2024
reader2024! reader2025 reader2025! reader2026 reader2026! reader2027 reader2027! reader321 reader69 reader@123
readerforever readerreader realmadr1d1234 realmadrid realmadrid! realmadrid007 realmadrid01 realmadrid1
realmadrid1! realmadrid12 realmadrid123 realmadrid123! realmadrid1234 realmadrid12345 realmadrid123456
realmadrid1999 realmadrid2000 realmadrid2010 realmadrid2011 realmadrid2012 realmadrid2013 realmadrid2014
realmadrid2015 realmadrid2016 realmadrid2017 realmadrid2018 realmadrid2018! realmadrid2019 realmadrid2019!
realmadrid2020 realmadrid2020! realmadrid2021 realmadrid2021! realmadrid2022 realmadrid2022! realmadrid2023
realmadrid2023! realmadrid2024 realmadrid2024! realmadrid2025 realmadrid2025! realmadrid2026 realmadrid2026!
realmadrid2027 realmadrid2027! realmadrid321 realmadrid69 realmadrid@123 realmadridforever
realmadridrealmadrid rebecca! rebecca01 rebecca1 rebecca123 rebecca123! rebecca1234 rebecca12345 rebecca123456
rebecca1980 rebecca1981 rebecca1982 rebecca1983 rebecca1984 rebecca1985 rebecca1986 rebecca1987 rebecca1988
rebecca1989 rebecca1990 rebecca1991 rebecca1992 rebecca1993 rebecca1994 rebecca1995 rebecca1996 rebecca1997
rebecca1998 rebecca1999 rebecca2000 rebecca2001 rebecca2002 rebecca2003 rebecca2004 rebecca2005 rebecca2006
rebecca2007 rebecca2008 rebecca4ever rebeccababy rebeccalove rebeccapassword rebeccarebecca rebeccarocks
research research! research007 research01 research1 research1! research12 research123 research123!
research1234 research12345 research123456 research1999 research2000 research2010 research2011 research2012
research2013 research2014 research2015 research2016 research2017 research2018 research2018! research2019
research2019! research2020 research2020! research2021 research2021! research2022 research2022! research2023
research2023! research2024 research2024! research2025 research2025! research2026 research2026! research2027
research2027! research321 research69 research@123 researchforever researchresearch richard! richard01 richard1
richard123 richard123! richard1234 richard12345 richard123456 richard1980 richard1981 richard1982 richard1983
richard1984 richard1985 richard1986 richard1987 richard1988 richard1989 richard1990 richard1991 richard1992
richard1993 richard1994 richard1995 richard1996 richard1997 richard1998 richard1999 richard2000 richard2001
richard2002 richard2003 richard2004 richard2005 richard2006 richard2007 richard2008 richard4ever richardbaby
richardlove richardpassword richardrichard richardrocks robert007 robert01 robert1! robert12 robert123
robert123! robert1234 robert12345 robert123456 robert1980 robert1981 robert1982 robert1983 robert1984
robert1985 robert1986 robert1987 robert1988 robert1989 robert1990 robert1991 robert1992 robert1993 robert1994
robert1995 robert1996 robert1997 robert1998 robert1999 robert2000 robert2001 robert2002 robert2003 robert2004
robert2005 robert2006 robert2007 robert2008 robert2010 robert2011 robert2012 robert2013 robert2014 robert2015
robert2016 robert2017 robert2018 robert2018! robert2019 robert2019! robert2020 robert2020! robert2021
robert2021! robert2022 robert2022! robert2023 robert2023! robert2024 robert2024! robert2025 robert2025!
robert2026 robert2026! robert2027 robert2027! robert321 robert4ever robert69 robert@123 robertbaby
robertforever robertlove robertpassword robertrobert robertrocks roblox007 roblox01 roblox1! roblox12
roblox123 roblox123! roblox1234 roblox12345 roblox123456 roblox1999 roblox2000 roblox2010 roblox2011
roblox2012 roblox2013 roblox2014 roblox2015 roblox2016 roblox2017 roblox2018 roblox2018! roblox2019
roblox2019! roblox2020 roblox2020! roblox2021 roblox2021! roblox2022 roblox2022! roblox2023 roblox2023!
roblox2024 roblox2024! roblox2025 roblox2025! roblox2026 roblox2026! roblox2027 roblox2027! roblox321 roblox69
roblox@123 robloxforever robloxroblox rocket007 rocket01 rocket1! rocket12 rocket123 rocket123! rocket1234
rocket12345 rocket123456 rocket1999 rocket2000 rocket2010 rocket2011 rocket2012 rocket2013 rocket2014
rocket2015 rocket2016 rocket2017 rocket2018 rocket2018! rocket2019 rocket2019! rocket2020 rocket2020!
rocket2021 rocket2021! rocket2022 rocket2022! rocket2023 rocket2023! rocket2024 rocket2024! rocket2025
rocket2025! rocket2026 rocket2026! rocket2027 rocket2027! rocket321 rocket69 rocket@123 rocketforever
rocketrocket rocknroll rocknroll! rocknroll007 rocknroll01 rocknroll1 rocknroll1! rocknroll12 rocknroll123
rocknroll123! rocknroll1234 rocknroll12345 rocknroll123456 rocknroll1999 rocknroll2000 rocknroll2010
rocknroll2011 rocknroll2012 rocknroll2013 rocknroll2014 rocknroll2015 rocknroll2016 rocknroll2017
rocknroll2018 rocknroll2018! rocknroll2019 rocknroll2019! rocknroll2020 rocknroll2020! rocknroll2021
rocknroll2021! rocknroll2022 rocknroll2022! rocknroll2023 rocknroll2023! rocknroll2024 rocknroll2024!
rocknroll2025 rocknroll2025! rocknroll2026 rocknroll2026! rocknroll2027 rocknroll2027! rocknroll321
rocknroll69 rocknroll@123 rocknrollforever rocknrollrocknroll rockstar rockstar! rockstar007 rockstar01
rockstar1 rockstar1! rockstar12 rockstar123 rockstar123! rockstar1234 rockstar12345 rockstar123456
rockstar1999 rockstar2000 rockstar2010 rockstar2011 rockstar2012 rockstar2013 rockstar2014 rockstar2015
rockstar2016 rockstar2017 rockstar2018 rockstar2018! rockstar2019 rockstar2019! rockstar2020 rockstar2020!
rockstar2021 rockstar2021! rockstar2022 rockstar2022! rockstar2023 rockstar2023! rockstar2024 rockstar2024!
rockstar2025 rockstar2025! rockstar2026 rockstar2026! rockstar2027 rockstar2027! rockstar321 rockstar69
rockstar@123 rockstarforever rockstarrockstar roger123 roger123! roger1234 roger12345 roger123456 roger1980
roger1981 roger1982 roger1983 roger1984 roger1985 roger1986 roger1987 roger1988 roger1989 roger1990 roger1991
roger1992 roger1993 roger1994 roger1995 roger1996 roger1997 roger1998 roger1999 roger2000 roger2001 roger2002
roger2003 roger2004 roger2005 roger2006 roger2007 roger2008 roger4ever rogerbaby rogerlove rogerpassword
rogerrocks rogerroger ronald01 ronald123 ronald123! ronald1234 ronald12345 ronald123456 ronald1980 ronald1981
ronald1982 ronald1983 ronald1984 ronald1985 ronald1986 ronald1987 ronald1988 ronald1989 ronald1990 ronald1991
ronald1992 ronald1993 ronald1994 ronald1995 ronald1996 ronald1997 ronald1998 ronald1999 ronald2000 ronald2001
ronald2002 ronald2003 ronald2004 ronald2005 ronald2006 ronald2007 ronald2008 ronald4ever ronaldbaby ronaldlove
ronaldpassword ronaldrocks ronaldronald rose123! rose1234 rose12345 rose123456 rose1980 rose1981 rose1982
rose1983 rose1984 rose1985 rose1986 rose1987 rose1988 rose1989 rose1990 rose1991 rose1992 rose1993 rose1994
rose1995 rose1996 rose1997 rose1998 rose1999 rose2000 rose2001 rose2002 rose2003 rose2004 rose2005 rose2006
rose2007 rose2008 rose4ever rosebaby roselove rosepassword roserocks roserose rrrrrrrr rrrrrrrrrr rrrrrrrrrrrr
rrrrrrrrrrrrrrrr ruth123! ruth1234 ruth12345 ruth123456 ruth1980 ruth1981 ruth1982 ruth1983 ruth1984 ruth1985
ruth1986 ruth1987 ruth1988 ruth1989 ruth1990 ruth1991 ruth1992 ruth1993 ruth1994 ruth1995 ruth1996 ruth1997
ruth1998 ruth1999 ruth2000 ruth2001 ruth2002 ruth2003 ruth2004 ruth2005 ruth2006 ruth2007 ruth2008 ruth4ever
ruthbaby ruthlove ruthpassword ruthrocks ruthruth ryan123! ryan1234 ryan12345 ryan123456 ryan1980 ryan1981
ryan1982 ryan1983 ryan1984 ryan1985 ryan1986 ryan1987 ryan1988 ryan1989 ryan1990 ryan1991 ryan1992 ryan1993
ryan1994 ryan1995 ryan1996 ryan1997 ryan1998 ryan1999 ryan2000 ryan2001 ryan2002 ryan2003 ryan2004 ryan2005
ryan2006 ryan2007 ryan2008 ryan4ever ryanbaby ryanlove ryanpassword ryanrocks ryanryan s0ccer1234 s1lver1234
s1th1234 samantha samantha! samantha007 samantha01 samantha1 samantha1! samantha12 samantha123 samantha123!
samantha1234 samantha12345 samantha123456 samantha1980 samantha1981 samantha1982 samantha1983 samantha1984
samantha1985 samantha1986 samantha1987 samantha1988 samantha1989 samantha1990 samantha1991 samantha1992
samantha1993 samantha1994 samantha1995 samantha1996 samantha1997 samantha1998 samantha1999 samantha2000
samantha2001 samantha2002 samantha2003 samantha2004 samantha2005 samantha2006 samantha2007 samantha2008
samantha2010 samantha2011 samantha2012 samantha2013 samantha2014 samantha2015 samantha2016 samantha2017
samantha2018 samantha2018! samantha2019 samantha2019! samantha2020 samantha2020! samantha2021 samantha2021!
samantha2022 samantha2022! samantha2023 samantha2023! samantha2024 samantha2024! samantha2025 samantha2025!
samantha2026 samantha2026! samantha2027 samantha2027! samantha321 samantha4ever samantha69 samantha@123
samanthababy samanthaforever samanthalove samanthapassword samantharocks samanthasamantha samsung! samsung007
samsung01 samsung1 samsung1! samsung12 samsung123 samsung123! samsung1234 samsung12345 samsung123456
samsung1999 samsung2000 samsung2010 samsung2011 samsung2012 samsung2013 samsung2014 samsung2015 samsung2016
samsung2017 samsung2018 samsung2018! samsung2019 samsung2019! samsung2020 samsung2020! samsung2021
samsung2021! samsung2022 samsung2022! samsung2023 samsung2023! samsung2024 samsung2024! samsung2025
samsung2025! samsung2026 samsung2026! samsung2027 samsung2027! samsung321 samsung69 samsung@123 samsungforever
samsungsamsung samuel01 samuel123 samuel123! samuel1234 samuel12345 samuel123456 samuel1980 samuel1981
samuel1982 samuel1983 samuel1984 samuel1985 samuel1986 samuel1987 samuel1988 samuel1989 samuel1990 samuel1991
samuel1992 samuel1993 samuel1994 samuel1995 samuel1996 samuel1997 samuel1998 samuel1999 samuel2000 samuel2001
samuel2002 samuel2003 samuel2004 samuel2005 samuel2006 samuel2007 samuel2008 samuel4ever samuelbaby samuellove
samuelpassword samuelrocks samuelsamuel sandra01 sandra123 sandra123! sandra1234 sandra12345 sandra123456
sandra1980 sandra1981 sandra1982 sandra1983 sandra1984 sandra1985 sandra1986 sandra1987 sandra1988 sandra1989
sandra1990 sandra1991 sandra1992 sandra1993 sandra1994 sandra1995 sandra1996 sandra1997 sandra1998 sandra1999
sandra2000 sandra2001 sandra2002 sandra2003 sandra2004 sandra2005 sandra2006 sandra2007 sandra2008 sandra4ever
sandrababy sandralove sandrapassword sandrarocks sandrasandra sara123! sara1234 sara12345 sara123456 sara1980
sara1981 sara1982 sara1983 sara1984 sara1985 sara1986 sara1987 sara1988 sara1989 sara1990 sara1991 sara1992
sara1993 sara1994 sara1995 sara1996 sara1997 sara1998 sara1999 sara2000 sara2001 sara2002 sara2003 sara2004
sara2005 sara2006 sara2007 sara2008 sara4ever sarababy sarah123 sarah123! sarah1234 sarah12345 sarah123456
sarah1980 sarah1981 sarah1982 sarah1983 sarah1984 sarah1985 sarah1986 sarah1987 sarah1988 sarah1989 sarah1990
sarah1991 sarah1992 sarah1993 sarah1994 sarah1995 sarah1996 sarah1997 sarah1998 sarah1999 sarah2000 sarah2001
sarah2002 sarah2003 sarah2004 sarah2005 sarah2006 sarah2007 sarah2008 sarah4ever sarahbaby sarahlove
sarahpassword sarahrocks sarahsarah saralove sarapassword sararocks sarasara sc1ence1234 sch00l1234 school007
school01 school1! school12 school123 school123! school1234 school12345 school123456 school1999 school2000
school2010 school2011 school2012 school2013 school2014 school2015 school2016 school2017 school2018 school2018!
school2019 school2019! school2020 school2020! school2021 school2021! school2022 school2022! school2023
school2023! school2024 school2024! school2025 school2025! school2026 school2026! school2027 school2027!
school321 school69 school@123 schoolforever schoolschool science! science007 science01 science1 science1!
science12 science123 science123! science1234 science12345 science123456 science1999 science2000 science2010
science2011 science2012 science2013 science2014 science2015 science2016 science2017 science2018 science2018!
science2019 science2019! science2020 science2020! science2021 science2021! science2022 science2022!
science2023 science2023! science2024 science2024! science2025 science2025! science2026 science2026!
science2027 science2027! science321 science69 science@123 scienceforever sciencescience scott123 scott123!
scott1234 scott12345 scott123456 scott1980 scott1981 scott1982 scott1983 scott1984 scott1985 scott1986
scott1987 scott1988 scott1989 scott1990 scott1991 scott1992 scott1993 scott1994 scott1995 scott1996 scott1997
scott1998 scott1999 scott2000 scott2001 scott2002 scott2003 scott2004 scott2005 scott2006 scott2007 scott2008
scott4ever scottbaby scottlove scottpassword scottrocks scottscott sean123! sean1234 sean12345 sean123456
sean1980 sean1981 sean1982 sean1983 sean1984 sean1985 sean1986 sean1987 sean1988 sean1989 sean1990 sean1991
sean1992 sean1993 sean1994 sean1995 sean1996 sean1997 sean1998 sean1999 sean2000 sean2001 sean2002 sean2003
sean2004 sean2005 sean2006 sean2007 sean2008 sean4ever seanbaby seanlove seanpassword seanrocks seansean
seattle! seattle007 seattle01 seattle1 seattle1! seattle12 seattle123 seattle123! seattle1234 seattle12345
seattle123456 seattle1999 seattle2000 seattle2010 seattle2011 seattle2012 seattle2013 seattle2014 seattle2015
seattle2016 seattle2017 seattle2018 seattle2018! seattle2019 seattle2019! seattle2020 seattle2020! seattle2021
seattle2021! seattle2022 seattle2022! seattle2023 seattle2023! seattle2024 seattle2024! seattle2025
seattle2025! seattle2026 seattle2026! seattle2027 seattle2027! seattle321 seattle69 seattle@123 seattleforever
seattleseattle secret007 secret01 secret1! secret12 secret123 secret123! secret123007 secret12301 secret1231
secret1231! secret12312 secret123123 secret123123! secret1231234 secret12312345 secret123123456 secret1231999
secret1232000 secret1232010 secret1232011 secret1232012 secret1232013 secret1232014 secret1232015
secret1232016 secret1232017 secret1232018 secret1232018! secret1232019 secret1232019! secret1232020
secret1232020! secret1232021 secret1232021! secret1232022 secret1232022! secret1232023 secret1232023!
secret1232024 secret1232024! secret1232025 secret1232025! secret1232026 secret1232026! secret1232027
secret1232027! secret123321 secret1234 secret12345 secret123456 secret12369 secret123@123 secret123forever
secret123secret123 secret1999 secret2000 secret2010 secret2011 secret2012 secret2013 secret2014 secret2015
secret2016 secret2017 secret2018 secret2018! secret2019 secret2019! secret2020 secret2020! secret2021
secret2021! secret2022 secret2022! secret2023 secret2023! secret2024 secret2024! secret2025 secret2025!
secret2026 secret2026! secret2027 secret2027! secret321 secret69 secret@123 secretforever secretsecret
september september! september007 september01 september1 september1! september12 september123 september123!
september1234 september12345 september123456 september1999 september2000 september2010 september2011
september2012 september2013 september2014 september2015 september2016 september2017 september2018
september2018! september2019 september2019! september2020 september2020! september2021 september2021!
september2022 september2022! september2023 september2023! september2024 september2024! september2025
september2025! september2026 september2026! september2027 september2027! september321 september69
september@123 septemberforever septemberseptember shad0w1231234 shad0w1234 shadow007 shadow01 shadow1!
shadow12 shadow123 shadow123! shadow123007 shadow12301 shadow1231 shadow1231! shadow12312 shadow123123
shadow123123! shadow1231234 shadow12312345 shadow123123456 shadow1231999 shadow1232000 shadow1232010
shadow1232011 shadow1232012 shadow1232013 shadow1232014 shadow1232015 shadow1232016 shadow1232017
shadow1232018 shadow1232018! shadow1232019 shadow1232019! shadow1232020 shadow1232020! shadow1232021
shadow1232021! shadow1232022 shadow1232022! shadow1232023 shadow1232023! shadow1232024 shadow1232024!
shadow1232025 shadow1232025! shadow1232026 shadow1232026! shadow1232027 shadow1232027! shadow123321 shadow1234
shadow12345 shadow123456 shadow12369 shadow123@123 shadow123forever shadow123shadow123 shadow1999 shadow2000
shadow2010 shadow2011 shadow2012 shadow2013 shadow2014 shadow2015 shadow2016 shadow2017 shadow2018 shadow2018!
shadow2019 shadow2019! shadow2020 shadow2020! shadow2021 shadow2021! shadow2022 shadow2022! shadow2023
shadow2023! shadow2024 shadow2024! shadow2025 shadow2025! shadow2026 shadow2026! shadow2027 shadow2027!
shadow321 shadow69 shadow@123 shadowforever shadowshadow shark007 shark123 shark123! shark1234 shark12345
shark123456 shark1999 shark2000 shark2010 shark2011 shark2012 shark2013 shark2014 shark2015 shark2016
shark2017 shark2018 shark2018! shark2019 shark2019! shark2020 shark2020! shark2021 shark2021! shark2022
shark2022! shark2023 shark2023! shark2024 shark2024! shark2025 shark2025! shark2026 shark2026! shark2027
shark2027! shark321 shark@123 sharkforever sharkshark sharon01 sharon123 sharon123! sharon1234 sharon12345
sharon123456 sharon1980 sharon1981 sharon1982 sharon1983 sharon1984 sharon1985 sharon1986 sharon1987
sharon1988 sharon1989 sharon1990 sharon1991 sharon1992 sharon1993 sharon1994 sharon1995 sharon1996 sharon1997
sharon1998 sharon1999 sharon2000 sharon2001 sharon2002 sharon2003 sharon2004 sharon2005 sharon2006 sharon2007
sharon2008 sharon4ever sharonbaby sharonlove sharonpassword sharonrocks sharonsharon shirley! shirley01
shirley1 shirley123 shirley123! shirley1234 shirley12345 shirley123456 shirley1980 shirley1981 shirley1982
shirley1983 shirley1984 shirley1985 shirley1986 shirley1987 shirley1988 shirley1989 shirley1990 shirley1991
shirley1992 shirley1993 shirley1994 shirley1995 shirley1996 shirley1997 shirley1998 shirley1999 shirley2000
shirley2001 shirley2002 shirley2003 shirley2004 shirley2005 shirley2006 shirley2007 shirley2008 shirley4ever
shirleybaby shirleylove shirleypassword shirleyrocks shirleyshirley silver007 silver01 silver1! silver12
silver123 silver123! silver1234 silver12345 silver123456 silver1999 silver2000 silver2010 silver2011
silver2012 silver2013 silver2014 silver2015 silver2016 silver2017 silver2018 silver2018! silver2019
silver2019! silver2020 silver2020! silver2021 silver2021! silver2022 silver2022! silver2023 silver2023!
silver2024 silver2024! silver2025 silver2025! silver2026 silver2026! silver2027 silver2027! silver321 silver69
silver@123 silverforever silversilver sith123! sith1234 sith12345 sith123456 sith1999 sith2000 sith2010
sith2011 sith2012 sith2013 sith2014 sith2015 sith2016 sith2017 sith2018 sith2018! sith2019 sith2019! sith2020
sith2020! sith2021 sith2021! sith2022 sith2022! sith2023 sith2023! sith2024 sith2024! sith2025 sith2025!
sith2026 sith2026! sith2027 sith2027! sith@123 sithforever sithsith skywalker skywalker! skywalker007
skywalker01 skywalker1 skywalker1! skywalker12 skywalker123 skywalker123! skywalker1234 skywalker12345
skywalker123456 skywalker1999 skywalker2000 skywalker2010 skywalker2011 skywalker2012 skywalker2013
skywalker2014 skywalker2015 skywalker2016 skywalker2017 skywalker2018 skywalker2018! skywalker2019
skywalker2019! skywalker2020 skywalker2020! skywalker2021 skywalker2021! skywalker2022 skywalker2022!
skywalker2023 skywalker2023! skywalker2024 skywalker2024! skywalker2025 skywalker2025! skywalker2026
skywalker2026! skywalker2027 skywalker2027! skywalker321 skywalker69 skywalker@123 skywalkerforever
skywalkerskywalker soccer007 soccer01 soccer1! soccer12 soccer123 soccer123! soccer1234 soccer12345
soccer123456 soccer1999 soccer2000 soccer2010 soccer2011 soccer2012 soccer2013 soccer2014 soccer2015
soccer2016 soccer2017 soccer2018 soccer2018! soccer2019 soccer2019! soccer2020 soccer2020! soccer2021
soccer2021! soccer2022 soccer2022! soccer2023 soccer2023! soccer2024 soccer2024! soccer2025 soccer2025!
soccer2026 soccer2026! soccer2027 soccer2027! soccer321 soccer69 soccer@123 soccerforever soccersoccer
sophia01 sophia123 sophia123! sophia1234 sophia12345 sophia123456 sophia1980 sophia1981 sophia1982 sophia1983
sophia1984 sophia1985 sophia1986 sophia1987 sophia1988 sophia1989 sophia1990 sophia1991 sophia1992 sophia1993
sophia1994 sophia1995 sophia1996 sophia1997 sophia1998 sophia1999 sophia2000 sophia2001 sophia2002 sophia2003
sophia2004 sophia2005 sophia2006 sophia2007 sophia2008 sophia4ever sophiababy sophialove sophiapassword
sophiarocks sophiasophia spaceman spaceman! spaceman007 spaceman01 spaceman1 spaceman1! spaceman12 spaceman123
spaceman123! spaceman1234 spaceman12345 spaceman123456 spaceman1999 spaceman2000 spaceman2010 spaceman2011
spaceman2012 spaceman2013 spaceman2014 spaceman2015 spaceman2016 spaceman2017 spaceman2018 spaceman2018!
spaceman2019 spaceman2019! spaceman2020 spaceman2020! spaceman2021 spaceman2021! spaceman2022 spaceman2022!
spaceman2023 spaceman2023! spaceman2024 spaceman2024! spaceman2025 spaceman2025! spaceman2026 spaceman2026!
spaceman2027 spaceman2027! spaceman321 spaceman69 spaceman@123 spacemanforever spacemanspaceman spr1ng1234
spring007 spring01 spring1! spring12 spring123 spring123! spring1234 spring12345 spring123456 spring1999
spring2000 spring2010 spring2011 spring2012 spring2013 spring2014 spring2015 spring2016 spring2017 spring2018
spring2018! spring2019 spring2019! spring2020 spring2020! spring2021 spring2021! spring2022 spring2022!
spring2023 spring2023! spring2024 spring2024! spring2025 spring2025! spring2026 spring2026! spring2027
spring2027! spring321 spring69 spring@123 springforever springspring ssssssss ssssssssss ssssssssssss
ssssssssssssssss st0rm1234 starwars starwars! starwars007 starwars01 starwars1 starwars1! starwars12
starwars123 starwars123! starwars1234 starwars12345 starwars123456 starwars1999 starwars2000 starwars2010
starwars2011 starwars2012 starwars2013 starwars2014 starwars2015 starwars2016 starwars2017 starwars2018
starwars2018! starwars2019 starwars2019! starwars2020 starwars2020! starwars2021 starwars2021! starwars2022
starwars2022! starwars2023 starwars2023! starwars2024 starwars2024! starwars2025 starwars2025! starwars2026
starwars2026! starwars2027 starwars2027! starwars321 starwars69 starwars@123 starwarsforever starwarsstarwars
steelers steelers! steelers007 steelers01 steelers1 steelers1! steelers12 steelers123 steelers123!
steelers1234 steelers12345 steelers123456 steelers1999 steelers2000 steelers2010 steelers2011 steelers2012
steelers2013 steelers2014 steelers2015 steelers2016 steelers2017 steelers2018 steelers2018! steelers2019
steelers2019! steelers2020 steelers2020! steelers2021 steelers2021! steelers2022 steelers2022! steelers2023
steelers2023! steelers2024 steelers2024! steelers2025 steelers2025! steelers2026 steelers2026! steelers2027
steelers2027! steelers321 steelers69 steelers@123 steelersforever steelerssteelers stephan1e1234 stephanie
stephanie! stephanie007 stephanie01 stephanie1 stephanie1! stephanie12 stephanie123 stephanie123!
stephanie1234 stephanie12345 stephanie123456 stephanie1980 stephanie1981 stephanie1982 stephanie1983
stephanie1984 stephanie1985 stephanie1986 stephanie1987 stephanie1988 stephanie1989 stephanie1990
stephanie1991 stephanie1992 stephanie1993 stephanie1994 stephanie1995 stephanie1996 stephanie1997
stephanie1998 stephanie1999 stephanie2000 stephanie2001 stephanie2002 stephanie2003 stephanie2004
stephanie2005 stephanie2006 stephanie2007 stephanie2008 stephanie2010 stephanie2011 stephanie2012
stephanie2013 stephanie2014 stephanie2015 stephanie2016 stephanie2017 stephanie2018 stephanie2018!
stephanie2019 stephanie2019! stephanie2020 stephanie2020! stephanie2021 stephanie2021! stephanie2022
stephanie2022! stephanie2023 stephanie2023! stephanie2024 stephanie2024! stephanie2025 stephanie2025!
stephanie2026 stephanie2026! stephanie2027 stephanie2027! stephanie321 stephanie4ever stephanie69
stephanie@123 stephaniebaby stephanieforever stephanielove stephaniepassword stephanierocks stephaniestephanie
stephen! stephen01 stephen1 stephen123 stephen123! stephen1234 stephen12345 stephen123456 stephen1980
stephen1981 stephen1982 stephen1983 stephen1984 stephen1985 stephen1986 stephen1987 stephen1988 stephen1989
stephen1990 stephen1991 stephen1992 stephen1993 stephen1994 stephen1995 stephen1996 stephen1997 stephen1998
stephen1999 stephen2000 stephen2001 stephen2002 stephen2003 stephen2004 stephen2005 stephen2006 stephen2007
stephen2008 stephen4ever stephenbaby stephenlove stephenpassword stephenrocks stephenstephen steven01
steven123 steven123! steven1234 steven12345 steven123456 steven1980 steven1981 steven1982 steven1983
steven1984 steven1985 steven1986 steven1987 steven1988 steven1989 steven1990 steven1991 steven1992 steven1993
steven1994 steven1995 steven1996 steven1997 steven1998 steven1999 steven2000 steven2001 steven2002 steven2003
steven2004 steven2005 steven2006 steven2007 steven2008 steven4ever stevenbaby stevenlove stevenpassword
stevenrocks stevensteven storm007 storm123 storm123! storm1234 storm12345 storm123456 storm1999 storm2000
storm2010 storm2011 storm2012 storm2013 storm2014 storm2015 storm2016 storm2017 storm2018 storm2018! storm2019
storm2019! storm2020 storm2020! storm2021 storm2021! storm2022 storm2022! storm2023 storm2023! storm2024
storm2024! storm2025 storm2025! storm2026 storm2026! storm2027 storm2027! storm321 storm@123 stormforever
stormstorm strawberry strawberry! strawberry007 strawberry01 strawberry1 strawberry1! strawberry12
strawberry123 strawberry123! strawberry1234 strawberry12345 strawberry123456 strawberry1999 strawberry2000
strawberry2010 strawberry2011 strawberry2012 strawberry2013 strawberry2014 strawberry2015 strawberry2016
strawberry2017 strawberry2018 strawberry2018! strawberry2019 strawberry2019! strawberry2020 strawberry2020!
strawberry2021 strawberry2021! strawberry2022 strawberry2022! strawberry2023 strawberry2023! strawberry2024
strawberry2024! strawberry2025 strawberry2025! strawberry2026 strawberry2026! strawberry2027 strawberry2027!
strawberry321 strawberry69 strawberry@123 strawberryforever strawberrystrawberry student! student007 student01
student1 student1! student12 student123 student123! student1234 student12345 student123456 student1999
student2000 student2010 student2011 student2012 student2013 student2014 student2015 student2016 student2017
student2018 student2018! student2019 student2019! student2020 student2020! student2021 student2021!
student2022 student2022! student2023 student2023! student2024 student2024! student2025 student2025!
student2026 student2026! student2027 student2027! student321 student69 student@123 studentforever
studentstudent summer007 summer01 summer1! summer12 summer123 summer123! summer1234 summer12345 summer123456
summer1999 summer2000 summer2010 summer2011 summer2012 summer2013 summer2014 summer2015 summer2016 summer2017
summer2018 summer2018! summer2019 summer2019! summer2020 summer2020! summer2021 summer2021! summer2022
summer2022! summer2023 summer2023! summer2024 summer2024! summer2025 summer2025! summer2026 summer2026!
summer2027 summer2027! summer321 summer69 summer@123 summerforever summersummer sunfl0wer1234 sunflower
sunflower! sunflower007 sunflower01 sunflower1 sunflower1! sunflower12 sunflower123 sunflower123!
sunflower1234 sunflower12345 sunflower123456 sunflower1999 sunflower2000 sunflower2010 sunflower2011
sunflower2012 sunflower2013 sunflower2014 sunflower2015 sunflower2016 sunflower2017 sunflower2018
sunflower2018! sunflower2019 sunflower2019! sunflower2020 sunflower2020! sunflower2021 sunflower2021!
sunflower2022 sunflower2022! sunflower2023 sunflower2023! sunflower2024 sunflower2024! sunflower2025
sunflower2025! sunflower2026 sunflower2026! sunflower2027 sunflower2027! sunflower321 sunflower69
sunflower@123 sunflowerforever sunflowersunflower sunsh1ne11234 sunsh1ne1234 sunshine sunshine! sunshine007
sunshine01 sunshine1 sunshine1! sunshine1007 sunshine101 sunshine11 sunshine11! sunshine112 sunshine1123
sunshine1123! sunshine11234 sunshine112345 sunshine1123456 sunshine11999 sunshine12 sunshine12000
sunshine12010 sunshine12011 sunshine12012 sunshine12013 sunshine12014 sunshine12015 sunshine12016
sunshine12017 sunshine12018 sunshine12018! sunshine12019 sunshine12019! sunshine12020 sunshine12020!
sunshine12021 sunshine12021! sunshine12022 sunshine12022! sunshine12023 sunshine12023! sunshine12024
sunshine12024! sunshine12025 sunshine12025! sunshine12026 sunshine12026! sunshine12027 sunshine12027!
sunshine123 sunshine123! sunshine1234 sunshine12345 sunshine123456 sunshine1321 sunshine169 sunshine1999
sunshine1@123 sunshine1forever sunshine1sunshine1 sunshine2000 sunshine2010 sunshine2011 sunshine2012
sunshine2013 sunshine2014 sunshine2015 sunshine2016 sunshine2017 sunshine2018 sunshine2018! sunshine2019
sunshine2019! sunshine2020 sunshine2020! sunshine2021 sunshine2021! sunshine2022 sunshine2022! sunshine2023
sunshine2023! sunshine2024 sunshine2024! sunshine2025 sunshine2025! sunshine2026 sunshine2026! sunshine2027
sunshine2027! sunshine321 sunshine69 sunshine@123 sunshineforever sunshinesunshine superman superman!
superman007 superman01 superman1 superman1! superman12 superman123 superman123! superman1234 superman12345
superman123456 superman1999 superman2000 superman2010 superman2011 superman2012 superman2013 superman2014
superman2015 superman2016 superman2017 superman2018 superman2018! superman2019 superman2019! superman2020
superman2020! superman2021 superman2021! superman2022 superman2022! superman2023 superman2023! superman2024
superman2024! superman2025 superman2025! superman2026 superman2026! superman2027 superman2027! superman321
superman69 superman@123 supermanforever supermansuperman susan123 susan123! susan1234 susan12345 susan123456
susan1980 susan1981 susan1982 susan1983 susan1984 susan1985 susan1986 susan1987 susan1988 susan1989 susan1990
susan1991 susan1992 susan1993 susan1994 susan1995 susan1996 susan1997 susan1998 susan1999 susan2000 susan2001
susan2002 susan2003 susan2004 susan2005 susan2006 susan2007 susan2008 susan4ever susanbaby susanlove
susanpassword susanrocks susansusan sweet1e1234 sweetheart sweetheart! sweetheart007 sweetheart01 sweetheart1
sweetheart1! sweetheart12 sweetheart123 sweetheart123! sweetheart1234 sweetheart12345 sweetheart123456
sweetheart1999 sweetheart2000 sweetheart2010 sweetheart2011 sweetheart2012 sweetheart2013 sweetheart2014
sweetheart2015 sweetheart2016 sweetheart2017 sweetheart2018 sweetheart2018! sweetheart2019 sweetheart2019!
sweetheart2020 sweetheart2020! sweetheart2021 sweetheart2021! sweetheart2022 sweetheart2022! sweetheart2023
sweetheart2023! sweetheart2024 sweetheart2024! sweetheart2025 sweetheart2025! sweetheart2026 sweetheart2026!
sweetheart2027 sweetheart2027! sweetheart321 sweetheart69 sweetheart@123 sweetheartforever
sweetheartsweetheart sweetie! sweetie007 sweetie01 sweetie1 sweetie1! sweetie12 sweetie123 sweetie123!
sweetie1234 sweetie12345 sweetie123456 sweetie1999 sweetie2000 sweetie2010 sweetie2011 sweetie2012 sweetie2013
sweetie2014 sweetie2015 sweetie2016 sweetie2017 sweetie2018 sweetie2018! sweetie2019 sweetie2019! sweetie2020
sweetie2020! sweetie2021 sweetie2021! sweetie2022 sweetie2022! sweetie2023 sweetie2023! sweetie2024
sweetie2024! sweetie2025 sweetie2025! sweetie2026 sweetie2026! sweetie2027 sweetie2027! sweetie321 sweetie69
sweetie@123 sweetieforever sweetiesweetie sydney007 sydney01 sydney1! sydney12 sydney123 sydney123! sydney1234
sydney12345 sydney123456 sydney1999 sydney2000 sydney2010 sydney2011 sydney2012 sydney2013 sydney2014
sydney2015 sydney2016 sydney2017 sydney2018 sydney2018! sydney2019 sydney2019! sydney2020 sydney2020!
sydney2021 sydney2021! sydney2022 sydney2022! sydney2023 sydney2023! sydney2024 sydney2024! sydney2025
sydney2025! sydney2026 sydney2026! sydney2027 sydney2027! sydney321 sydney69 sydney@123 sydneyforever
sydneysydney t0g3th3r123 t0gether1234 t0r0nt0123 t0r0nt01234 t0y0t@123 t0y0ta1234 t1g3r$123 t1g3r123 t1ger1234
t1gers1234 t3$t1ng123 t3$t3r123 t3@ch3r123 t3mp0r@ry123 teacher! teacher007 teacher01 teacher1 teacher1!
teacher12 teacher123 teacher123! teacher1234 teacher12345 teacher123456 teacher1999 teacher2000 teacher2010
teacher2011 teacher2012 teacher2013 teacher2014 teacher2015 teacher2016 teacher2017 teacher2018 teacher2018!
teacher2019 teacher2019! teacher2020 teacher2020! teacher2021 teacher2021! teacher2022 teacher2022!
teacher2023 teacher2023! teacher2024 teacher2024! teacher2025 teacher2025! teacher2026 teacher2026!
teacher2027 teacher2027! teacher321 teacher69 teacher@123 teacherforever teacherteacher temp0rary1234 temp123!
temp1234 temp12345 temp123456 temp1999 temp2000 temp2010 temp2011 temp2012 temp2013 temp2014 temp2015 temp2016
temp2017 temp2018 temp2018! temp2019 temp2019! temp2020 temp2020! temp2021 temp2021! temp2022 temp2022!
temp2023 temp2023! temp2024 temp2024! temp2025 temp2025! temp2026 temp2026! temp2027 temp2027! temp@123
tempforever temporary temporary! temporary007 temporary01 temporary1 temporary1! temporary12 temporary123
temporary123! temporary1234 temporary12345 temporary123456 temporary1999 temporary2000 temporary2010
temporary2011 temporary2012 temporary2013 temporary2014 temporary2015 temporary2016 temporary2017
temporary2018 temporary2018! temporary2019 temporary2019! temporary2020 temporary2020! temporary2021
temporary2021! temporary2022 temporary2022! temporary2023 temporary2023! temporary2024 temporary2024!
temporary2025 temporary2025! temporary2026 temporary2026! temporary2027 temporary2027! temporary321
temporary69 temporary@123 temporaryforever temporarytemporary temptemp teresa01 teresa123 teresa123!
teresa1234 teresa12345 teresa123456 teresa1980 teresa1981 teresa1982 teresa1983 teresa1984 teresa1985
teresa1986 teresa1987 teresa1988 teresa1989 teresa1990 teresa1991 teresa1992 teresa1993 teresa1994 teresa1995
teresa1996 teresa1997 teresa1998 teresa1999 teresa2000 teresa2001 teresa2002 teresa2003 teresa2004 teresa2005
teresa2006 teresa2007 teresa2008 teresa4ever teresababy teresalove teresapassword teresarocks teresateresa
terry123 terry123! terry1234 terry12345 terry123456 terry1980 terry1981 terry1982 terry1983 terry1984
terry1985 terry1986 terry1987 terry1988 terry1989 terry1990 terry1991 terry1992 terry1993 terry1994 terry1995
terry1996 terry1997 terry1998 terry1999 terry2000 terry2001 terry2002 terry2003 terry2004 terry2005 terry2006
terry2007 terry2008 terry4ever terrybaby terrylove terrypassword terryrocks terryterry test123! test1234
test12345 test123456 test1999 test1ng1234 test2000 test2010 test2011 test2012 test2013 test2014 test2015
test2016 test2017 test2018 test2018! test2019 test2019! test2020 test2020! test2021 test2021! test2022
test2022! test2023 test2023! test2024 test2024! test2025 test2025! test2026 test2026! test2027 test2027!
test@123 tester007 tester01 tester1! tester12 tester123 tester123! tester1234 tester12345 tester123456
tester1999 tester2000 tester2010 tester2011 tester2012 tester2013 tester2014 tester2015 tester2016 tester2017
tester2018 tester2018! tester2019 tester2019! tester2020 tester2020! tester2021 tester2021! tester2022
tester2022! tester2023 tester2023! tester2024 tester2024! tester2025 tester2025! tester2026 tester2026!
tester2027 tester2027! tester321 tester69 tester@123 testerforever testertester testforever testing!
testing007 testing01 testing1 testing1! testing12 testing123 testing123! testing1234 testing12345
testing123456 testing1999 testing2000 testing2010 testing2011 testing2012 testing2013 testing2014 testing2015
testing2016 testing2017 testing2018 testing2018! testing2019 testing2019! testing2020 testing2020! testing2021
testing2021! testing2022 testing2022! testing2023 testing2023! testing2024 testing2024! testing2025
testing2025! testing2026 testing2026! testing2027 testing2027! testing321 testing69 testing@123 testingforever
testingtesting testtest th0m@$123 th0mas1234 theabc123 theabcdef theabcdefg theabcdefgh theaccess theadmin
theadministrator thealexander theamanda theamerica theandrew theangel theangels theapple thearsenal theasd123
theasdfgh theasdfghjkl theashley theastronaut theaustralia theauthor theautumn thebabyboy thebabygirl
thebanana thebarcelona thebaseball thebasketball thebatman thebeatles thebenjamin theberlin theblessed
theboston thebrazil thebuster thebutterfly thecanada thechangeme thecharlie thecheese thechelsea thecherry
thechicago thechicken thechina thechocolate thechrist thechristopher thecobra thecoffee thecollege thecomputer
thecookie thecorvette thecosmos thecowboys thecrystal thedallas thedaniel thedarling thedecember thedefault
thediamond thedragon thedragon123 theeagle theeagles theeditor theelizabeth theenergy theengland thefacebook
thefalcon thefamily thefebruary theferrari theflower thefootball thefootball1 theforever thefortnite thefrance
thefreedom thefriday thefriends thegalaxy thegamer thegaming thegandalf thegermany theginger thegolden
thegoogle theguest theguitar thehacker thehappiness theharley theheaven thehello thehelloworld thehistory
thehockey thehoney thehouston thehunter theiloveyou theiloveyou1 theindia theinstagram theinternet theiphone
thejanuary thejapan thejennifer thejessica thejesus thejonathan thejordan thejoshua thejournal thejustice
thekiller thelakers theletmein theletmein123 theliberty thelibrary thelightning thelions theliverpool thelogin
thelondon thelovely theloveme thelover themagazine themagic themanchester themario themaster themaster123
themasthead thematrix thematthew themelbourne themercedes themerlin themetallica themexico themichael
themichelle theminecraft themonday themonkey themonkey123 themorpheus themusic themustang thenaruto thenatasha
thenewyork thenicole thenintendo thenirvana thenissan thenovember theoctober theorange thep@ssw0rd thep@ssword
thepanther theparis thepassw0rd thepassword thepassword1 thepeace thepepper thephoenix thepiano thepineapple
thepizza theplanet theplaystation thepokemon theporsche thepower theprincess theprincess1 thepublisher
thepurple theqazwsx theqwe123 theqweasd theqweasdzxc theqwerty theqwerty123 theqwertyuiop therainbow theranger
thereader therealmadrid theresa! theresa01 theresa1 theresa123 theresa123! theresa1234 theresa12345
theresa123456 theresa1980 theresa1981 theresa1982 theresa1983 theresa1984 theresa1985 theresa1986 theresa1987
theresa1988 theresa1989 theresa1990 theresa1991 theresa1992 theresa1993 theresa1994 theresa1995 theresa1996
theresa1997 theresa1998 theresa1999 theresa2000 theresa2001 theresa2002 theresa2003 theresa2004 theresa2005
theresa2006 theresa2007 theresa2008 theresa4ever theresababy theresalove theresapassword theresarocks
theresatheresa theresearch therobert theroblox therocket therocknroll therockstar thesamantha thesamsung
theschool thescience theseattle thesecret thesecret123 theseptember theshadow theshadow123 theshark thesilver
theskywalker thesoccer thespaceman thespring thestarwars thesteelers thestephanie thestorm thestrawberry
thestudent thesummer thesunflower thesunshine thesunshine1 thesuperman thesweetheart thesweetie thesydney
theteacher thetemporary thetester thetesting thethomas thethunder thetiger thetigers thetogether thetoronto
thetoyota thetrinity thetrustno1 thetuesday thetwitter theunited theuniverse theuniversity thevader
theveronica thevictoria theviper theweekend thewelcome thewelcome123 thewhatever thewinter thewizard thewriter
theyamaha theyankees theyellow thezelda thezxc123 thezxcvbn thezxcvbnm thomas007 thomas01 thomas1! thomas12
thomas123 thomas123! thomas1234 thomas12345 thomas123456 thomas1980 thomas1981 thomas1982 thomas1983
thomas1984 thomas1985 thomas1986 thomas1987 thomas1988 thomas1989 thomas1990 thomas1991 thomas1992 thomas1993
thomas1994 thomas1995 thomas1996 thomas1997 thomas1998 thomas1999 thomas2000 thomas2001 thomas2002 thomas2003
thomas2004 thomas2005 thomas2006 thomas2007 thomas2008 thomas2010 thomas2011 thomas2012 thomas2013 thomas2014
thomas2015 thomas2016 thomas2017 thomas2018 thomas2018! thomas2019 thomas2019! thomas2020 thomas2020!
thomas2021 thomas2021! thomas2022 thomas2022! thomas2023 thomas2023! thomas2024 thomas2024! thomas2025
thomas2025! thomas2026 thomas2026! thomas2027 thomas2027! thomas321 thomas4ever thomas69 thomas@123 thomasbaby
thomasforever thomaslove thomaspassword thomasrocks thomasthomas thund3r123 thunder! thunder007 thunder01
thunder1 thunder1! thunder12 thunder123 thunder123! thunder1234 thunder12345 thunder123456 thunder1999
thunder2000 thunder2010 thunder2011 thunder2012 thunder2013 thunder2014 thunder2015 thunder2016 thunder2017
thunder2018 thunder2018! thunder2019 thunder2019! thunder2020 thunder2020! thunder2021 thunder2021!
thunder2022 thunder2022! thunder2023 thunder2023! thunder2024 thunder2024! thunder2025 thunder2025!
thunder2026 thunder2026! thunder2027 thunder2027! thunder321 thunder69 thunder@123 thunderforever
thunderthunder tiger007 tiger123 tiger123! tiger1234 tiger12345 tiger123456 tiger1999 tiger2000 tiger2010
tiger2011 tiger2012 tiger2013 tiger2014 tiger2015 tiger2016 tiger2017 tiger2018 tiger2018! tiger2019
tiger2019! tiger2020 tiger2020! tiger2021 tiger2021! tiger2022 tiger2022! tiger2023 tiger2023! tiger2024
tiger2024! tiger2025 tiger2025! tiger2026 tiger2026! tiger2027 tiger2027! tiger321 tiger@123 tigerforever
tigers007 tigers01 tigers1! tigers12 tigers123 tigers123! tigers1234 tigers12345 tigers123456 tigers1999
tigers2000 tigers2010 tigers2011 tigers2012 tigers2013 tigers2014 tigers2015 tigers2016 tigers2017 tigers2018
tigers2018! tigers2019 tigers2019! tigers2020 tigers2020! tigers2021 tigers2021! tigers2022 tigers2022!
tigers2023 tigers2023! tigers2024 tigers2024! tigers2025 tigers2025! tigers2026 tigers2026! tigers2027
tigers2027! tigers321 tigers69 tigers@123 tigersforever tigerstigers tigertiger timothy! timothy01 timothy1
timothy123 timothy123! timothy1234 timothy12345 timothy123456 timothy1980 timothy1981 timothy1982 timothy1983
timothy1984 timothy1985 timothy1986 timothy1987 timothy1988 timothy1989 timothy1990 timothy1991 timothy1992
timothy1993 timothy1994 timothy1995 timothy1996 timothy1997 timothy1998 timothy1999 timothy2000 timothy2001
timothy2002 timothy2003 timothy2004 timothy2005 timothy2006 timothy2007 timothy2008 timothy4ever timothybaby
timothylove timothypassword timothyrocks timothytimothy together together! together007 together01 together1
together1! together12 together123 together123! together1234 together12345 together123456 together1999
together2000 together2010 together2011 together2012 together2013 together2014 together2015 together2016
together2017 together2018 together2018! together2019 together2019! together2020 together2020! together2021
together2021! together2022 together2022! together2023 together2023! together2024 together2024! together2025
together2025! together2026 together2026! together2027 together2027! together321 together69 together@123
togetherforever togethertogether toronto! toronto007 toronto01 toronto1 toronto1! toronto12 toronto123
toronto123! toronto1234 toronto12345 toronto123456 toronto1999 toronto2000 toronto2010 toronto2011 toronto2012
toronto2013 toronto2014 toronto2015 toronto2016 toronto2017 toronto2018 toronto2018! toronto2019 toronto2019!
toronto2020 toronto2020! toronto2021 toronto2021! toronto2022 toronto2022! toronto2023 toronto2023!
toronto2024 toronto2024! toronto2025 toronto2025! toronto2026 toronto2026! toronto2027 toronto2027! toronto321
toronto69 toronto@123 torontoforever torontotoronto toyota007 toyota01 toyota1! toyota12 toyota123 toyota123!
toyota1234 toyota12345 toyota123456 toyota1999 toyota2000 toyota2010 toyota2011 toyota2012 toyota2013
toyota2014 toyota2015 toyota2016 toyota2017 toyota2018 toyota2018! toyota2019 toyota2019! toyota2020
toyota2020! toyota2021 toyota2021! toyota2022 toyota2022! toyota2023 toyota2023! toyota2024 toyota2024!
toyota2025 toyota2025! toyota2026 toyota2026! toyota2027 toyota2027! toyota321 toyota69 toyota@123
toyotaforever toyotatoyota tr1n1ty123 tr1n1ty1234 trinity! trinity007 trinity01 trinity1 trinity1! trinity12
trinity123 trinity123! trinity1234 trinity12345 trinity123456 trinity1999 trinity2000 trinity2010 trinity2011
trinity2012 trinity2013 trinity2014 trinity2015 trinity2016 trinity2017 trinity2018 trinity2018! trinity2019
trinity2019! trinity2020 trinity2020! trinity2021 trinity2021! trinity2022 trinity2022! trinity2023
trinity2023! trinity2024 trinity2024! trinity2025 trinity2025! trinity2026 trinity2026! trinity2027
trinity2027! trinity321 trinity69 trinity@123 trinityforever trinitytrinity tru$tn01123 trustn011234 trustno1
trustno1! trustno1007 trustno101 trustno11 trustno11! trustno112 trustno1123 trustno1123! trustno11234
trustno112345 trustno1123456 trustno11999 trustno12000 trustno12010 trustno12011 trustno12012 trustno12013
trustno12014 trustno12015 trustno12016 trustno12017 trustno12018 trustno12018! trustno12019 trustno12019!
trustno12020 trustno12020! trustno12021 trustno12021! trustno12022 trustno12022! trustno12023 trustno12023!
trustno12024 trustno12024! trustno12025 trustno12025! trustno12026 trustno12026! trustno12027 trustno12027!
trustno1321 trustno169 trustno1@123 trustno1forever trustno1trustno1 tttttttt tttttttttt tttttttttttt
tttttttttttttttt tu3$d@y123 tuesday! tuesday007 tuesday01 tuesday1 tuesday1! tuesday12 tuesday123 tuesday123!
tuesday1234 tuesday12345 tuesday123456 tuesday1999 tuesday2000 tuesday2010 tuesday2011 tuesday2012 tuesday2013
tuesday2014 tuesday2015 tuesday2016 tuesday2017 tuesday2018 tuesday2018! tuesday2019 tuesday2019! tuesday2020
tuesday2020! tuesday2021 tuesday2021! tuesday2022 tuesday2022! tuesday2023 tuesday2023! tuesday2024
tuesday2024! tuesday2025 tuesday2025! tuesday2026 tuesday2026! tuesday2027 tuesday2027! tuesday321 tuesday69
tuesday@123 tuesdayforever tuesdaytuesday tw1tt3r123 tw1tter1234 twitter! twitter007 twitter01 twitter1
twitter1! twitter12 twitter123 twitter123! twitter1234 twitter12345 twitter123456 twitter1999 twitter2000
twitter2010 twitter2011 twitter2012 twitter2013 twitter2014 twitter2015 twitter2016 twitter2017 twitter2018
twitter2018! twitter2019 twitter2019! twitter2020 twitter2020! twitter2021 twitter2021! twitter2022
twitter2022! twitter2023 twitter2023! twitter2024 twitter2024! twitter2025 twitter2025! twitter2026
twitter2026! twitter2027 twitter2027! twitter321 twitter69 twitter@123 twitterforever twittertwitter tyler123
tyler123! tyler1234 tyler12345 tyler123456 tyler1980 tyler1981 tyler1982 tyler1983 tyler1984 tyler1985
tyler1986 tyler1987 tyler1988 tyler1989 tyler1990 tyler1991 tyler1992 tyler1993 tyler1994 tyler1995 tyler1996
tyler1997 tyler1998 tyler1999 tyler2000 tyler2001 tyler2002 tyler2003 tyler2004 tyler2005 tyler2006 tyler2007
tyler2008 tyler4ever tylerbaby tylerlove tylerpassword tylerrocks tylertyler un1t3d123 un1ted1234
un1v3r$1ty123 un1v3r$3123 un1vers1ty1234 un1verse1234 united007 united01 united1! united12 united123
united123! united1234 united12345 united123456 united1999 united2000 united2010 united2011 united2012
united2013 united2014 united2015 united2016 united2017 united2018 united2018! united2019 united2019!
united2020 united2020! united2021 united2021! united2022 united2022! united2023 united2023! united2024
united2024! united2025 united2025! united2026 united2026! united2027 united2027! united321 united69 united@123
unitedforever unitedunited universe universe! universe007 universe01 universe1 universe1! universe12
universe123 universe123! universe1234 universe12345 universe123456 universe1999 universe2000 universe2010
universe2011 universe2012 universe2013 universe2014 universe2015 universe2016 universe2017 universe2018
universe2018! universe2019 universe2019! universe2020 universe2020! universe2021 universe2021! universe2022
universe2022! universe2023 universe2023! universe2024 universe2024! universe2025 universe2025! universe2026
universe2026! universe2027 universe2027! universe321 universe69 universe@123 universeforever universeuniverse
university university! university007 university01 university1 university1! university12 university123
university123! university1234 university12345 university123456 university1999 university2000 university2010
university2011 university2012 university2013 university2014 university2015 university2016 university2017
university2018 university2018! university2019 university2019! university2020 university2020! university2021
university2021! university2022 university2022! university2023 university2023! university2024 university2024!
university2025 university2025! university2026 university2026! university2027 university2027! university321
university69 university@123 universityforever universityuniversity uuuuuuuu uuuuuuuuuu uuuuuuuuuuuu
uuuuuuuuuuuuuuuu v1ct0r1@123 v1ct0r1a1234 v1p3r123 v1per1234 v3r0n1c@123 v@d3r123 vader007 vader123 vader123!
vader1234 vader12345 vader123456 vader1999 vader2000 vader2010 vader2011 vader2012 vader2013 vader2014
vader2015 vader2016 vader2017 vader2018 vader2018! vader2019 vader2019! vader2020 vader2020! vader2021
vader2021! vader2022 vader2022! vader2023 vader2023! vader2024 vader2024! vader2025 vader2025! vader2026
vader2026! vader2027 vader2027! vader321 vader@123 vaderforever vadervader ver0n1ca1234 veronica veronica!
veronica007 veronica01 veronica1 veronica1! veronica12 veronica123 veronica123! veronica1234 veronica12345
veronica123456 veronica1999 veronica2000 veronica2010 veronica2011 veronica2012 veronica2013 veronica2014
veronica2015 veronica2016 veronica2017 veronica2018 veronica2018! veronica2019 veronica2019! veronica2020
veronica2020! veronica2021 veronica2021! veronica2022 veronica2022! veronica2023 veronica2023! veronica2024
veronica2024! veronica2025 veronica2025! veronica2026 veronica2026! veronica2027 veronica2027! veronica321
veronica69 veronica@123 veronicaforever veronicaveronica victoria victoria! victoria007 victoria01 victoria1
victoria1! victoria12 victoria123 victoria123! victoria1234 victoria12345 victoria123456 victoria1980
victoria1981 victoria1982 victoria1983 victoria1984 victoria1985 victoria1986 victoria1987 victoria1988
victoria1989 victoria1990 victoria1991 victoria1992 victoria1993 victoria1994 victoria1995 victoria1996
victoria1997 victoria1998 victoria1999 victoria2000 victoria2001 victoria2002 victoria2003 victoria2004
victoria2005 victoria2006 victoria2007 victoria2008 victoria2010 victoria2011 victoria2012 victoria2013
victoria2014 victoria2015 victoria2016 victoria2017 victoria2018 victoria2018! victoria2019 victoria2019!
victoria2020 victoria2020! victoria2021 victoria2021! victoria2022 victoria2022! victoria2023 victoria2023!
victoria2024 victoria2024! victoria2025 victoria2025! victoria2026 victoria2026! victoria2027 victoria2027!
victoria321 victoria4ever victoria69 victoria@123 victoriababy victoriaforever victorialove victoriapassword
victoriarocks victoriavictoria viper007 viper123 viper123! viper1234 viper12345 viper123456 viper1999
viper2000 viper2010 viper2011 viper2012 viper2013 viper2014 viper2015 viper2016 viper2017 viper2018 viper2018!
viper2019 viper2019! viper2020 viper2020! viper2021 viper2021! viper2022 viper2022! viper2023 viper2023!
viper2024 viper2024! viper2025 viper2025! viper2026 viper2026! viper2027 viper2027! viper321 viper@123
viperforever viperviper virginia! virginia01 virginia1 virginia123 virginia123! virginia1234 virginia12345
virginia123456 virginia1980 virginia1981 virginia1982 virginia1983 virginia1984 virginia1985 virginia1986
virginia1987 virginia1988 virginia1989 virginia1990 virginia1991 virginia1992 virginia1993 virginia1994
virginia1995 virginia1996 virginia1997 virginia1998 virginia1999 virginia2000 virginia2001 virginia2002
virginia2003 virginia2004 virginia2005 virginia2006 virginia2007 virginia2008 virginia4ever virginiababy
virginialove virginiapassword virginiarocks virginiavirginia vvvvvvvv vvvvvvvvvv vvvvvvvvvvvv vvvvvvvvvvvvvvvv
w0lf1234 w1nt3r123 w1nter1234 w1z@rd123 w1zard1234 w33k3nd123 w3lc0m3123 w3lc0m3123123 walter01 walter123
walter123! walter1234 walter12345 walter123456 walter1980 walter1981 walter1982 walter1983 walter1984
walter1985 walter1986 walter1987 walter1988 walter1989 walter1990 walter1991 walter1992 walter1993 walter1994
walter1995 walter1996 walter1997 walter1998 walter1999 walter2000 walter2001 walter2002 walter2003 walter2004
walter2005 walter2006 walter2007 walter2008 walter4ever walterbaby walterlove walterpassword walterrocks
walterwalter weekend! weekend007 weekend01 weekend1 weekend1! weekend12 weekend123 weekend123! weekend1234
weekend12345 weekend123456 weekend1999 weekend2000 weekend2010 weekend2011 weekend2012 weekend2013 weekend2014
weekend2015 weekend2016 weekend2017 weekend2018 weekend2018! weekend2019 weekend2019! weekend2020 weekend2020!
weekend2021 weekend2021! weekend2022 weekend2022! weekend2023 weekend2023! weekend2024 weekend2024!
weekend2025 weekend2025! weekend2026 weekend2026! weekend2027 weekend2027! weekend321 weekend69 weekend@123
weekendforever weekendweekend welc0me1231234 welc0me1234 welcome! welcome007 welcome01 welcome1 welcome1!
welcome12 welcome123 welcome123! welcome123007 welcome12301 welcome1231 welcome1231! welcome12312
welcome123123 welcome123123! welcome1231234 welcome12312345 welcome123123456 welcome1231999 welcome1232000
welcome1232010 welcome1232011 welcome1232012 welcome1232013 welcome1232014 welcome1232015 welcome1232016
welcome1232017 welcome1232018 welcome1232018! welcome1232019 welcome1232019! welcome1232020 welcome1232020!
welcome1232021 welcome1232021! welcome1232022 welcome1232022! welcome1232023 welcome1232023! welcome1232024
welcome1232024! welcome1232025 welcome1232025! welcome1232026 welcome1232026! welcome1232027 welcome1232027!
welcome123321 welcome1234 welcome12345 welcome123456 welcome12369 welcome123@123 welcome123forever
welcome123welcome123 welcome1999 welcome2000 welcome2010 welcome2011 welcome2012 welcome2013 welcome2014
welcome2015 welcome2016 welcome2017 welcome2018 welcome2018! welcome2019 welcome2019! welcome2020 welcome2020!
welcome2021 welcome2021! welcome2022 welcome2022! welcome2023 welcome2023! welcome2024 welcome2024!
welcome2025 welcome2025! welcome2026 welcome2026! welcome2027 welcome2027! welcome321 welcome69 welcome@123
welcomeforever welcomewelcome wh@t3v3r123 whatever whatever! whatever007 whatever01 whatever1 whatever1!
whatever12 whatever123 whatever123! whatever1234 whatever12345 whatever123456 whatever1999 whatever2000
whatever2010 whatever2011 whatever2012 whatever2013 whatever2014 whatever2015 whatever2016 whatever2017
whatever2018 whatever2018! whatever2019 whatever2019! whatever2020 whatever2020! whatever2021 whatever2021!
whatever2022 whatever2022! whatever2023 whatever2023! whatever2024 whatever2024! whatever2025 whatever2025!
whatever2026 whatever2026! whatever2027 whatever2027! whatever321 whatever69 whatever@123 whateverforever
whateverwhatever william! william01 william1 william123 william123! william1234 william12345 william123456
william1980 william1981 william1982 william1983 william1984 william1985 william1986 william1987 william1988
william1989 william1990 william1991 william1992 william1993 william1994 william1995 william1996 william1997
william1998 william1999 william2000 william2001 william2002 william2003 william2004 william2005 william2006
william2007 william2008 william4ever williambaby williamlove williampassword williamrocks williamwilliam
willie01 willie123 willie123! willie1234 willie12345 willie123456 willie1980 willie1981 willie1982 willie1983
willie1984 willie1985 willie1986 willie1987 willie1988 willie1989 willie1990 willie1991 willie1992 willie1993
willie1994 willie1995 willie1996 willie1997 willie1998 willie1999 willie2000 willie2001 willie2002 willie2003
willie2004 willie2005 willie2006 willie2007 willie2008 willie4ever williebaby willielove williepassword
willierocks williewillie winter007 winter01 winter1! winter12 winter123 winter123! winter1234 winter12345
winter123456 winter1999 winter2000 winter2010 winter2011 winter2012 winter2013 winter2014 winter2015
winter2016 winter2017 winter2018 winter2018! winter2019 winter2019! winter2020 winter2020! winter2021
winter2021! winter2022 winter2022! winter2023 winter2023! winter2024 winter2024! winter2025 winter2025!
winter2026 winter2026! winter2027 winter2027! winter321 winter69 winter@123 winterforever winterwinter
wizard007 wizard01 wizard1! wizard12 wizard123 wizard123! wizard1234 wizard12345 wizard123456 wizard1999
wizard2000 wizard2010 wizard2011 wizard2012 wizard2013 wizard2014 wizard2015 wizard2016 wizard2017 wizard2018
wizard2018! wizard2019 wizard2019! wizard2020 wizard2020! wizard2021 wizard2021! wizard2022 wizard2022!
wizard2023 wizard2023! wizard2024 wizard2024! wizard2025 wizard2025! wizard2026 wizard2026! wizard2027
wizard2027! wizard321 wizard69 wizard@123 wizardforever wizardwizard wolf123! wolf1234 wolf12345 wolf123456
wolf1999 wolf2000 wolf2010 wolf2011 wolf2012 wolf2013 wolf2014 wolf2015 wolf2016 wolf2017 wolf2018 wolf2018!
wolf2019 wolf2019! wolf2020 wolf2020! wolf2021 wolf2021! wolf2022 wolf2022! wolf2023 wolf2023! wolf2024
wolf2024! wolf2025 wolf2025! wolf2026 wolf2026! wolf2027 wolf2027! wolf@123 wolfforever wolfwolf wr1t3r123
wr1ter1234 writer007 writer01 writer1! writer12 writer123 writer123! writer1234 writer12345 writer123456
writer1999 writer2000 writer2010 writer2011 writer2012 writer2013 writer2014 writer2015 writer2016 writer2017
writer2018 writer2018! writer2019 writer2019! writer2020 writer2020! writer2021 writer2021! writer2022
writer2022! writer2023 writer2023! writer2024 writer2024! writer2025 writer2025! writer2026 writer2026!
writer2027 writer2027! writer321 writer69 writer@123 writerforever writerwriter wwwwwwww wwwwwwwwww
wwwwwwwwwwww wwwwwwwwwwwwwwww xb0x1234 xbox123! xbox1234 xbox12345 xbox123456 xbox1999 xbox2000 xbox2010
xbox2011 xbox2012 xbox2013 xbox2014 xbox2015 xbox2016 xbox2017 xbox2018 xbox2018! xbox2019 xbox2019! xbox2020
xbox2020! xbox2021 xbox2021! xbox2022 xbox2022! xbox2023 xbox2023! xbox2024 xbox2024! xbox2025 xbox2025!
xbox2026 xbox2026! xbox2027 xbox2027! xbox@123 xboxforever xboxxbox xxxxxxxx xxxxxxxxxx xxxxxxxxxxxx
xxxxxxxxxxxxxxxx y0da1234 y3ll0w123 y@m@h@123 y@nk33$123 yamaha007 yamaha01 yamaha1! yamaha12 yamaha123
yamaha123! yamaha1234 yamaha12345 yamaha123456 yamaha1999 yamaha2000 yamaha2010 yamaha2011 yamaha2012
yamaha2013 yamaha2014 yamaha2015 yamaha2016 yamaha2017 yamaha2018 yamaha2018! yamaha2019 yamaha2019!
yamaha2020 yamaha2020! yamaha2021 yamaha2021! yamaha2022 yamaha2022! yamaha2023 yamaha2023! yamaha2024
yamaha2024! yamaha2025 yamaha2025! yamaha2026 yamaha2026! yamaha2027 yamaha2027! yamaha321 yamaha69 yamaha@123
yamahaforever yamahayamaha yankees! yankees007 yankees01 yankees1 yankees1! yankees12 yankees123 yankees123!
yankees1234 yankees12345 yankees123456 yankees1999 yankees2000 yankees2010 yankees2011 yankees2012 yankees2013
yankees2014 yankees2015 yankees2016 yankees2017 yankees2018 yankees2018! yankees2019 yankees2019! yankees2020
yankees2020! yankees2021 yankees2021! yankees2022 yankees2022! yankees2023 yankees2023! yankees2024
yankees2024! yankees2025 yankees2025! yankees2026 yankees2026! yankees2027 yankees2027! yankees321 yankees69
yankees@123 yankeesforever yankeesyankees yell0w1234 yellow007 yellow01 yellow1! yellow12 yellow123 yellow123!
yellow1234 yellow12345 yellow123456 yellow1999 yellow2000 yellow2010 yellow2011 yellow2012 yellow2013
yellow2014 yellow2015 yellow2016 yellow2017 yellow2018 yellow2018! yellow2019 yellow2019! yellow2020
yellow2020! yellow2021 yellow2021! yellow2022 yellow2022! yellow2023 yellow2023! yellow2024 yellow2024!
yellow2025 yellow2025! yellow2026 yellow2026! yellow2027 yellow2027! yellow321 yellow69 yellow@123
yellowforever yellowyellow yoda123! yoda1234 yoda12345 yoda123456 yoda1999 yoda2000 yoda2010 yoda2011 yoda2012
yoda2013 yoda2014 yoda2015 yoda2016 yoda2017 yoda2018 yoda2018! yoda2019 yoda2019! yoda2020 yoda2020! yoda2021
yoda2021! yoda2022 yoda2022! yoda2023 yoda2023! yoda2024 yoda2024! yoda2025 yoda2025! yoda2026 yoda2026!
yoda2027 yoda2027! yoda@123 yodaforever yodayoda yyyyyyyy yyyyyyyyyy yyyyyyyyyyyy yyyyyyyyyyyyyyyy z3ld@123
zachary! zachary01 zachary1 zachary123 zachary123! zachary1234 zachary12345 zachary123456 zachary1980
zachary1981 zachary1982 zachary1983 zachary1984 zachary1985 zachary1986 zachary1987 zachary1988 zachary1989
zachary1990 zachary1991 zachary1992 zachary1993 zachary1994 zachary1995 zachary1996 zachary1997 zachary1998
zachary1999 zachary2000 zachary2001 zachary2002 zachary2003 zachary2004 zachary2005 zachary2006 zachary2007
zachary2008 zachary4ever zacharybaby zacharylove zacharypassword zacharyrocks zacharyzachary zaq12wsx zaq1xsw2
zaq1zaq1 zelda007 zelda123 zelda123! zelda1234 zelda12345 zelda123456 zelda1999 zelda2000 zelda2010 zelda2011
zelda2012 zelda2013 zelda2014 zelda2015 zelda2016 zelda2017 zelda2018 zelda2018! zelda2019 zelda2019!
zelda2020 zelda2020! zelda2021 zelda2021! zelda2022 zelda2022! zelda2023 zelda2023! zelda2024 zelda2024!
zelda2025 zelda2025! zelda2026 zelda2026! zelda2027 zelda2027! zelda321 zelda@123 zeldaforever zeldazelda
zxc123007 zxc12301 zxc1231! zxc12312 zxc123123 zxc123123! zxc1231234 zxc12312345 zxc123123456 zxc1231999
zxc1232000 zxc1232010 zxc1232011 zxc1232012 zxc1232013 zxc1232014 zxc1232015 zxc1232016 zxc1232017 zxc1232018
zxc1232018! zxc1232019 zxc1232019! zxc1232020 zxc1232020! zxc1232021 zxc1232021! zxc1232022 zxc1232022!
zxc1232023 zxc1232023! zxc1232024 zxc1232024! zxc1232025 zxc1232025! zxc1232026 zxc1232026! zxc1232027
zxc1232027! zxc123321 zxc12369 zxc123@123 zxc123forever zxc123zxc123 zxcvbn007 zxcvbn01 zxcvbn1! zxcvbn12
zxcvbn123 zxcvbn123! zxcvbn1234 zxcvbn12345 zxcvbn123456 zxcvbn1999 zxcvbn2000 zxcvbn2010 zxcvbn2011
zxcvbn2012 zxcvbn2013 zxcvbn2014 zxcvbn2015 zxcvbn2016 zxcvbn2017 zxcvbn2018 zxcvbn2018! zxcvbn2019
zxcvbn2019! zxcvbn2020 zxcvbn2020! zxcvbn2021 zxcvbn2021! zxcvbn2022 zxcvbn2022! zxcvbn2023 zxcvbn2023!
zxcvbn2024 zxcvbn2024! zxcvbn2025 zxcvbn2025! zxcvbn2026 zxcvbn2026! zxcvbn2027 zxcvbn2027! zxcvbn321 zxcvbn69
zxcvbn@123 zxcvbnforever zxcvbnm! zxcvbnm, zxcvbnm,./ zxcvbnm007 zxcvbnm01 zxcvbnm1 zxcvbnm1! zxcvbnm12
zxcvbnm123 zxcvbnm123! zxcvbnm1234 zxcvbnm12345 zxcvbnm123456 zxcvbnm1999 zxcvbnm2000 zxcvbnm2010 zxcvbnm2011
zxcvbnm2012 zxcvbnm2013 zxcvbnm2014 zxcvbnm2015 zxcvbnm2016 zxcvbnm2017 zxcvbnm2018 zxcvbnm2018! zxcvbnm2019
zxcvbnm2019! zxcvbnm2020 zxcvbnm2020! zxcvbnm2021 zxcvbnm2021! zxcvbnm2022 zxcvbnm2022! zxcvbnm2023
zxcvbnm2023! zxcvbnm2024 zxcvbnm2024! zxcvbnm2025 zxcvbnm2025! zxcvbnm2026 zxcvbnm2026! zxcvbnm2027
zxcvbnm2027! zxcvbnm321 zxcvbnm69 zxcvbnm@123 zxcvbnmforever zxcvbnmzxcvbnm zxcvbnzxcvbn zzzzzzzz zzzzzzzzzz
zzzzzzzzzzzz zzzzzzzzzzzzzzzz
`;
