# Compiled once in the image with the judge's flags ($cc, from language.json) and linked with every
# program: the driver's question-independent part (driver.o: JSON, encoders, reporting) and
# AddressSanitizer's options.
cd /opt/clonecode/c
/usr/bin/gcc $cc -c driver.c -o driver.o && rm driver.c
/usr/bin/gcc $cc -c asan-options.c -o asan-options.o && rm asan-options.c
