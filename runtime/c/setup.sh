# AddressSanitizer's options compiled once in the image with the judge's flags ($cc, from
# language.json), linked with every program.
cd /opt/clonecode/c
/usr/bin/gcc $cc -c asan-options.c -o asan-options.o && rm asan-options.c
