"""Character tables for the Vietnamese legacy 8-bit encodings (generated data, do not edit by hand).

TCVN3 / TCVN 5712:1993 ("ABC", fonts .VnTime / .VnTimeH)
    ``TCVN3_DECODING_TABLE[b]`` is the Unicode code point of byte ``b``. Generated once, on Linux, from glibc
    iconv's ``TCVN5712-1`` converter (one ``iconv -f TCVN5712-1 -t UTF-32LE`` call per byte value), so the app
    does not need iconv at run time (Windows has none). This is the full VN1 repertoire: the 0x80-0xFF block of
    VN3 (lower-case accented letters, A-breve etc., and the five combining tone marks 0xB0-0xB4) plus the
    upper-case accented letters that VN1 adds in 0x01-0x17 and 0x80-0x9F. Plain VN3 text (what .VnTime users
    typed) is a subset, so the same table decodes it. Made with (then pasted here)::

        for b in range(256):
            out = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-32LE"], input=bytes([b]),
                                 capture_output=True, check=True).stdout
            table.append(int.from_bytes(out, "little"))

    ``tests/io/test_encoding.py`` checks the codec against the system iconv wherever it has TCVN5712-1.

VNI-Windows (fonts VNI-Times etc.)
    ``VNI_ENCODING`` maps each precomposed Vietnamese letter to its 1- or 2-byte VNI form (a base letter,
    then a separate byte for the diacritic / tone). Transcribed from UniKey's VnConv converter table
    ``DoubleByteTables`` / "VNI-WIN" (Pham Kim Long, unikey/data.cpp as carried by github.com/fcitx/fcitx5-unikey,
    commit 0409ee4806e7a3b4eee2965daf41337d99fa59f0; each entry there is a 16-bit word whose low byte is the base
    letter and whose high byte is the diacritic byte), and cross-checked against the independent VNI table of
    xvnkb (github.com/lamdao/xvnkb, vni.h, Dao Hai Lam). Example: "Việt Nam" -> b"Vieät Nam".
"""

from __future__ import annotations

# fmt: off
TCVN3_DECODING_TABLE: tuple[int, ...] = (
    0x0000, 0x00DA, 0x1EE4, 0x0003, 0x1EEA, 0x1EEC, 0x1EEE, 0x0007,  # 0x00: · Ú Ụ · Ừ Ử Ữ ·
    0x0008, 0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x000E, 0x000F,  # 0x08: · · · · · · · ·
    0x0010, 0x1EE8, 0x1EF0, 0x1EF2, 0x1EF6, 0x1EF8, 0x00DD, 0x1EF4,  # 0x10: · Ứ Ự Ỳ Ỷ Ỹ Ý Ỵ
    0x0018, 0x0019, 0x001A, 0x001B, 0x001C, 0x001D, 0x001E, 0x001F,  # 0x18: · · · · · · · ·
    0x0020, 0x0021, 0x0022, 0x0023, 0x0024, 0x0025, 0x0026, 0x0027,  # 0x20:   · · · · · · ·
    0x0028, 0x0029, 0x002A, 0x002B, 0x002C, 0x002D, 0x002E, 0x002F,  # 0x28: · · · · · · · ·
    0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0x0035, 0x0036, 0x0037,  # 0x30: 0 1 2 3 4 5 6 7
    0x0038, 0x0039, 0x003A, 0x003B, 0x003C, 0x003D, 0x003E, 0x003F,  # 0x38: 8 9 · · · · · ·
    0x0040, 0x0041, 0x0042, 0x0043, 0x0044, 0x0045, 0x0046, 0x0047,  # 0x40: · A B C D E F G
    0x0048, 0x0049, 0x004A, 0x004B, 0x004C, 0x004D, 0x004E, 0x004F,  # 0x48: H I J K L M N O
    0x0050, 0x0051, 0x0052, 0x0053, 0x0054, 0x0055, 0x0056, 0x0057,  # 0x50: P Q R S T U V W
    0x0058, 0x0059, 0x005A, 0x005B, 0x005C, 0x005D, 0x005E, 0x005F,  # 0x58: X Y Z · · · · ·
    0x0060, 0x0061, 0x0062, 0x0063, 0x0064, 0x0065, 0x0066, 0x0067,  # 0x60: · a b c d e f g
    0x0068, 0x0069, 0x006A, 0x006B, 0x006C, 0x006D, 0x006E, 0x006F,  # 0x68: h i j k l m n o
    0x0070, 0x0071, 0x0072, 0x0073, 0x0074, 0x0075, 0x0076, 0x0077,  # 0x70: p q r s t u v w
    0x0078, 0x0079, 0x007A, 0x007B, 0x007C, 0x007D, 0x007E, 0x007F,  # 0x78: x y z · · · · ·
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,  # 0x80: À Ả Ã Á Ạ Ặ Ậ È
    0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,  # 0x88: Ẻ Ẽ É Ẹ Ệ Ì Ỉ Ĩ
    0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,  # 0x90: Í Ị Ò Ỏ Õ Ó Ọ Ộ
    0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,  # 0x98: Ờ Ở Ỡ Ớ Ợ Ù Ủ Ũ
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,  # 0xA0: · Ă Â Ê Ô Ơ Ư Đ
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,  # 0xA8: ă â ê ô ơ ư đ Ằ
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,  # 0xB0: ◌̀ ◌̉ ◌̃ ◌́ ◌̣ à ả ã
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,  # 0xB8: á ạ Ẳ ằ ẳ ẵ ắ Ẵ
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,  # 0xC0: Ắ Ầ Ẩ Ẫ Ấ Ề ặ ầ
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,  # 0xC8: ẩ ẫ ấ ậ è Ể ẻ ẽ
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,  # 0xD0: é ẹ ề ể ễ ế ệ ì
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,  # 0xD8: ỉ Ễ Ế Ồ ĩ í ị ò
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,  # 0xE0: Ổ ỏ õ ó ọ ồ ổ ỗ
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,  # 0xE8: ố ộ ờ ở ỡ ớ ợ ù
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,  # 0xF0: Ỗ ủ ũ ú ụ ừ ử ữ
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,  # 0xF8: ứ ự ỳ ỷ ỹ ý ỵ Ố
)

VNI_ENCODING: dict[str, bytes] = {
    'Á': b'A\xd9',  # U+00C1 LATIN CAPITAL LETTER A WITH ACUTE
    'á': b'a\xf9',  # U+00E1 LATIN SMALL LETTER A WITH ACUTE
    'À': b'A\xd8',  # U+00C0 LATIN CAPITAL LETTER A WITH GRAVE
    'à': b'a\xf8',  # U+00E0 LATIN SMALL LETTER A WITH GRAVE
    'Ả': b'A\xdb',  # U+1EA2 LATIN CAPITAL LETTER A WITH HOOK ABOVE
    'ả': b'a\xfb',  # U+1EA3 LATIN SMALL LETTER A WITH HOOK ABOVE
    'Ã': b'A\xd5',  # U+00C3 LATIN CAPITAL LETTER A WITH TILDE
    'ã': b'a\xf5',  # U+00E3 LATIN SMALL LETTER A WITH TILDE
    'Ạ': b'A\xcf',  # U+1EA0 LATIN CAPITAL LETTER A WITH DOT BELOW
    'ạ': b'a\xef',  # U+1EA1 LATIN SMALL LETTER A WITH DOT BELOW
    'Â': b'A\xc2',  # U+00C2 LATIN CAPITAL LETTER A WITH CIRCUMFLEX
    'â': b'a\xe2',  # U+00E2 LATIN SMALL LETTER A WITH CIRCUMFLEX
    'Ấ': b'A\xc1',  # U+1EA4 LATIN CAPITAL LETTER A WITH CIRCUMFLEX AND ACUTE
    'ấ': b'a\xe1',  # U+1EA5 LATIN SMALL LETTER A WITH CIRCUMFLEX AND ACUTE
    'Ầ': b'A\xc0',  # U+1EA6 LATIN CAPITAL LETTER A WITH CIRCUMFLEX AND GRAVE
    'ầ': b'a\xe0',  # U+1EA7 LATIN SMALL LETTER A WITH CIRCUMFLEX AND GRAVE
    'Ẩ': b'A\xc5',  # U+1EA8 LATIN CAPITAL LETTER A WITH CIRCUMFLEX AND HOOK ABOVE
    'ẩ': b'a\xe5',  # U+1EA9 LATIN SMALL LETTER A WITH CIRCUMFLEX AND HOOK ABOVE
    'Ẫ': b'A\xc3',  # U+1EAA LATIN CAPITAL LETTER A WITH CIRCUMFLEX AND TILDE
    'ẫ': b'a\xe3',  # U+1EAB LATIN SMALL LETTER A WITH CIRCUMFLEX AND TILDE
    'Ậ': b'A\xc4',  # U+1EAC LATIN CAPITAL LETTER A WITH CIRCUMFLEX AND DOT BELOW
    'ậ': b'a\xe4',  # U+1EAD LATIN SMALL LETTER A WITH CIRCUMFLEX AND DOT BELOW
    'Ă': b'A\xca',  # U+0102 LATIN CAPITAL LETTER A WITH BREVE
    'ă': b'a\xea',  # U+0103 LATIN SMALL LETTER A WITH BREVE
    'Ắ': b'A\xc9',  # U+1EAE LATIN CAPITAL LETTER A WITH BREVE AND ACUTE
    'ắ': b'a\xe9',  # U+1EAF LATIN SMALL LETTER A WITH BREVE AND ACUTE
    'Ằ': b'A\xc8',  # U+1EB0 LATIN CAPITAL LETTER A WITH BREVE AND GRAVE
    'ằ': b'a\xe8',  # U+1EB1 LATIN SMALL LETTER A WITH BREVE AND GRAVE
    'Ẳ': b'A\xda',  # U+1EB2 LATIN CAPITAL LETTER A WITH BREVE AND HOOK ABOVE
    'ẳ': b'a\xfa',  # U+1EB3 LATIN SMALL LETTER A WITH BREVE AND HOOK ABOVE
    'Ẵ': b'A\xdc',  # U+1EB4 LATIN CAPITAL LETTER A WITH BREVE AND TILDE
    'ẵ': b'a\xfc',  # U+1EB5 LATIN SMALL LETTER A WITH BREVE AND TILDE
    'Ặ': b'A\xcb',  # U+1EB6 LATIN CAPITAL LETTER A WITH BREVE AND DOT BELOW
    'ặ': b'a\xeb',  # U+1EB7 LATIN SMALL LETTER A WITH BREVE AND DOT BELOW
    'Đ': b'\xd1',  # U+0110 LATIN CAPITAL LETTER D WITH STROKE
    'đ': b'\xf1',  # U+0111 LATIN SMALL LETTER D WITH STROKE
    'É': b'E\xd9',  # U+00C9 LATIN CAPITAL LETTER E WITH ACUTE
    'é': b'e\xf9',  # U+00E9 LATIN SMALL LETTER E WITH ACUTE
    'È': b'E\xd8',  # U+00C8 LATIN CAPITAL LETTER E WITH GRAVE
    'è': b'e\xf8',  # U+00E8 LATIN SMALL LETTER E WITH GRAVE
    'Ẻ': b'E\xdb',  # U+1EBA LATIN CAPITAL LETTER E WITH HOOK ABOVE
    'ẻ': b'e\xfb',  # U+1EBB LATIN SMALL LETTER E WITH HOOK ABOVE
    'Ẽ': b'E\xd5',  # U+1EBC LATIN CAPITAL LETTER E WITH TILDE
    'ẽ': b'e\xf5',  # U+1EBD LATIN SMALL LETTER E WITH TILDE
    'Ẹ': b'E\xcf',  # U+1EB8 LATIN CAPITAL LETTER E WITH DOT BELOW
    'ẹ': b'e\xef',  # U+1EB9 LATIN SMALL LETTER E WITH DOT BELOW
    'Ê': b'E\xc2',  # U+00CA LATIN CAPITAL LETTER E WITH CIRCUMFLEX
    'ê': b'e\xe2',  # U+00EA LATIN SMALL LETTER E WITH CIRCUMFLEX
    'Ế': b'E\xc1',  # U+1EBE LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND ACUTE
    'ế': b'e\xe1',  # U+1EBF LATIN SMALL LETTER E WITH CIRCUMFLEX AND ACUTE
    'Ề': b'E\xc0',  # U+1EC0 LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND GRAVE
    'ề': b'e\xe0',  # U+1EC1 LATIN SMALL LETTER E WITH CIRCUMFLEX AND GRAVE
    'Ể': b'E\xc5',  # U+1EC2 LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND HOOK ABOVE
    'ể': b'e\xe5',  # U+1EC3 LATIN SMALL LETTER E WITH CIRCUMFLEX AND HOOK ABOVE
    'Ễ': b'E\xc3',  # U+1EC4 LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND TILDE
    'ễ': b'e\xe3',  # U+1EC5 LATIN SMALL LETTER E WITH CIRCUMFLEX AND TILDE
    'Ệ': b'E\xc4',  # U+1EC6 LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND DOT BELOW
    'ệ': b'e\xe4',  # U+1EC7 LATIN SMALL LETTER E WITH CIRCUMFLEX AND DOT BELOW
    'Í': b'\xcd',  # U+00CD LATIN CAPITAL LETTER I WITH ACUTE
    'í': b'\xed',  # U+00ED LATIN SMALL LETTER I WITH ACUTE
    'Ì': b'\xcc',  # U+00CC LATIN CAPITAL LETTER I WITH GRAVE
    'ì': b'\xec',  # U+00EC LATIN SMALL LETTER I WITH GRAVE
    'Ỉ': b'\xc6',  # U+1EC8 LATIN CAPITAL LETTER I WITH HOOK ABOVE
    'ỉ': b'\xe6',  # U+1EC9 LATIN SMALL LETTER I WITH HOOK ABOVE
    'Ĩ': b'\xd3',  # U+0128 LATIN CAPITAL LETTER I WITH TILDE
    'ĩ': b'\xf3',  # U+0129 LATIN SMALL LETTER I WITH TILDE
    'Ị': b'\xd2',  # U+1ECA LATIN CAPITAL LETTER I WITH DOT BELOW
    'ị': b'\xf2',  # U+1ECB LATIN SMALL LETTER I WITH DOT BELOW
    'Ó': b'O\xd9',  # U+00D3 LATIN CAPITAL LETTER O WITH ACUTE
    'ó': b'o\xf9',  # U+00F3 LATIN SMALL LETTER O WITH ACUTE
    'Ò': b'O\xd8',  # U+00D2 LATIN CAPITAL LETTER O WITH GRAVE
    'ò': b'o\xf8',  # U+00F2 LATIN SMALL LETTER O WITH GRAVE
    'Ỏ': b'O\xdb',  # U+1ECE LATIN CAPITAL LETTER O WITH HOOK ABOVE
    'ỏ': b'o\xfb',  # U+1ECF LATIN SMALL LETTER O WITH HOOK ABOVE
    'Õ': b'O\xd5',  # U+00D5 LATIN CAPITAL LETTER O WITH TILDE
    'õ': b'o\xf5',  # U+00F5 LATIN SMALL LETTER O WITH TILDE
    'Ọ': b'O\xcf',  # U+1ECC LATIN CAPITAL LETTER O WITH DOT BELOW
    'ọ': b'o\xef',  # U+1ECD LATIN SMALL LETTER O WITH DOT BELOW
    'Ô': b'O\xc2',  # U+00D4 LATIN CAPITAL LETTER O WITH CIRCUMFLEX
    'ô': b'o\xe2',  # U+00F4 LATIN SMALL LETTER O WITH CIRCUMFLEX
    'Ố': b'O\xc1',  # U+1ED0 LATIN CAPITAL LETTER O WITH CIRCUMFLEX AND ACUTE
    'ố': b'o\xe1',  # U+1ED1 LATIN SMALL LETTER O WITH CIRCUMFLEX AND ACUTE
    'Ồ': b'O\xc0',  # U+1ED2 LATIN CAPITAL LETTER O WITH CIRCUMFLEX AND GRAVE
    'ồ': b'o\xe0',  # U+1ED3 LATIN SMALL LETTER O WITH CIRCUMFLEX AND GRAVE
    'Ổ': b'O\xc5',  # U+1ED4 LATIN CAPITAL LETTER O WITH CIRCUMFLEX AND HOOK ABOVE
    'ổ': b'o\xe5',  # U+1ED5 LATIN SMALL LETTER O WITH CIRCUMFLEX AND HOOK ABOVE
    'Ỗ': b'O\xc3',  # U+1ED6 LATIN CAPITAL LETTER O WITH CIRCUMFLEX AND TILDE
    'ỗ': b'o\xe3',  # U+1ED7 LATIN SMALL LETTER O WITH CIRCUMFLEX AND TILDE
    'Ộ': b'O\xc4',  # U+1ED8 LATIN CAPITAL LETTER O WITH CIRCUMFLEX AND DOT BELOW
    'ộ': b'o\xe4',  # U+1ED9 LATIN SMALL LETTER O WITH CIRCUMFLEX AND DOT BELOW
    'Ơ': b'\xd4',  # U+01A0 LATIN CAPITAL LETTER O WITH HORN
    'ơ': b'\xf4',  # U+01A1 LATIN SMALL LETTER O WITH HORN
    'Ớ': b'\xd4\xd9',  # U+1EDA LATIN CAPITAL LETTER O WITH HORN AND ACUTE
    'ớ': b'\xf4\xf9',  # U+1EDB LATIN SMALL LETTER O WITH HORN AND ACUTE
    'Ờ': b'\xd4\xd8',  # U+1EDC LATIN CAPITAL LETTER O WITH HORN AND GRAVE
    'ờ': b'\xf4\xf8',  # U+1EDD LATIN SMALL LETTER O WITH HORN AND GRAVE
    'Ở': b'\xd4\xdb',  # U+1EDE LATIN CAPITAL LETTER O WITH HORN AND HOOK ABOVE
    'ở': b'\xf4\xfb',  # U+1EDF LATIN SMALL LETTER O WITH HORN AND HOOK ABOVE
    'Ỡ': b'\xd4\xd5',  # U+1EE0 LATIN CAPITAL LETTER O WITH HORN AND TILDE
    'ỡ': b'\xf4\xf5',  # U+1EE1 LATIN SMALL LETTER O WITH HORN AND TILDE
    'Ợ': b'\xd4\xcf',  # U+1EE2 LATIN CAPITAL LETTER O WITH HORN AND DOT BELOW
    'ợ': b'\xf4\xef',  # U+1EE3 LATIN SMALL LETTER O WITH HORN AND DOT BELOW
    'Ú': b'U\xd9',  # U+00DA LATIN CAPITAL LETTER U WITH ACUTE
    'ú': b'u\xf9',  # U+00FA LATIN SMALL LETTER U WITH ACUTE
    'Ù': b'U\xd8',  # U+00D9 LATIN CAPITAL LETTER U WITH GRAVE
    'ù': b'u\xf8',  # U+00F9 LATIN SMALL LETTER U WITH GRAVE
    'Ủ': b'U\xdb',  # U+1EE6 LATIN CAPITAL LETTER U WITH HOOK ABOVE
    'ủ': b'u\xfb',  # U+1EE7 LATIN SMALL LETTER U WITH HOOK ABOVE
    'Ũ': b'U\xd5',  # U+0168 LATIN CAPITAL LETTER U WITH TILDE
    'ũ': b'u\xf5',  # U+0169 LATIN SMALL LETTER U WITH TILDE
    'Ụ': b'U\xcf',  # U+1EE4 LATIN CAPITAL LETTER U WITH DOT BELOW
    'ụ': b'u\xef',  # U+1EE5 LATIN SMALL LETTER U WITH DOT BELOW
    'Ư': b'\xd6',  # U+01AF LATIN CAPITAL LETTER U WITH HORN
    'ư': b'\xf6',  # U+01B0 LATIN SMALL LETTER U WITH HORN
    'Ứ': b'\xd6\xd9',  # U+1EE8 LATIN CAPITAL LETTER U WITH HORN AND ACUTE
    'ứ': b'\xf6\xf9',  # U+1EE9 LATIN SMALL LETTER U WITH HORN AND ACUTE
    'Ừ': b'\xd6\xd8',  # U+1EEA LATIN CAPITAL LETTER U WITH HORN AND GRAVE
    'ừ': b'\xf6\xf8',  # U+1EEB LATIN SMALL LETTER U WITH HORN AND GRAVE
    'Ử': b'\xd6\xdb',  # U+1EEC LATIN CAPITAL LETTER U WITH HORN AND HOOK ABOVE
    'ử': b'\xf6\xfb',  # U+1EED LATIN SMALL LETTER U WITH HORN AND HOOK ABOVE
    'Ữ': b'\xd6\xd5',  # U+1EEE LATIN CAPITAL LETTER U WITH HORN AND TILDE
    'ữ': b'\xf6\xf5',  # U+1EEF LATIN SMALL LETTER U WITH HORN AND TILDE
    'Ự': b'\xd6\xcf',  # U+1EF0 LATIN CAPITAL LETTER U WITH HORN AND DOT BELOW
    'ự': b'\xf6\xef',  # U+1EF1 LATIN SMALL LETTER U WITH HORN AND DOT BELOW
    'Ý': b'Y\xd9',  # U+00DD LATIN CAPITAL LETTER Y WITH ACUTE
    'ý': b'y\xf9',  # U+00FD LATIN SMALL LETTER Y WITH ACUTE
    'Ỳ': b'Y\xd8',  # U+1EF2 LATIN CAPITAL LETTER Y WITH GRAVE
    'ỳ': b'y\xf8',  # U+1EF3 LATIN SMALL LETTER Y WITH GRAVE
    'Ỷ': b'Y\xdb',  # U+1EF6 LATIN CAPITAL LETTER Y WITH HOOK ABOVE
    'ỷ': b'y\xfb',  # U+1EF7 LATIN SMALL LETTER Y WITH HOOK ABOVE
    'Ỹ': b'Y\xd5',  # U+1EF8 LATIN CAPITAL LETTER Y WITH TILDE
    'ỹ': b'y\xf5',  # U+1EF9 LATIN SMALL LETTER Y WITH TILDE
    'Ỵ': b'\xce',  # U+1EF4 LATIN CAPITAL LETTER Y WITH DOT BELOW
    'ỵ': b'\xee',  # U+1EF5 LATIN SMALL LETTER Y WITH DOT BELOW
}
# fmt: on
